//! The wire shapes the front end sees. They are defined in journey-api, outside the Tauri crate,
//! so the page's TypeScript (ui/src/generated/) is generated from them without building the app.

pub use journey_api::{ApiError, ImportReport, JourneyView, RecordLine, SessionView, SharedInvitation, WorkspaceInfo};

pub type ApiResult<T> = Result<T, ApiError>;

/// A command argument read by us rather than by Tauri: a malformed value (an id that is not a
/// UUID, an edit of an unknown shape) becomes `{ code: "invalid_input", message }` like every
/// other refusal, instead of Tauri's plain string.
pub struct Checked<T>(Result<T, String>);

impl<'de, T: serde::de::DeserializeOwned> serde::Deserialize<'de> for Checked<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(d)?;
        Ok(Checked(serde_json::from_value(value).map_err(|e| e.to_string())))
    }
}

impl<T> Checked<T> {
    pub fn get(self, what: &str) -> ApiResult<T> {
        self.0.map_err(|m| ApiError::code("invalid_input", &[("what", what.into()), ("detail", m.into())]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use journey_store::StoreError;

    #[test]
    fn store_errors_reach_the_page_with_their_code_sentence_and_catalog_message() {
        let e: ApiError = StoreError::NotAWorkspace { path: "/tmp/x.journeys".into(), reason: "the file is empty".into() }.into();
        assert_eq!(e.code, "not_a_workspace");
        assert!(e.message.contains("/tmp/x.journeys") && e.message.contains("the file is empty"), "{}", e.message);
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(
            json,
            serde_json::json!({ "code": "not_a_workspace", "message": e.message, "id": "error-not-a-workspace", "args": { "path": "/tmp/x.journeys", "reason": "the file is empty" } })
        );
        // The window says it in Persian from the catalog, the path and reason as they are.
        let fa = journey_i18n::Localizer::for_code("fa").format("error-not-a-workspace", &[("path", "/tmp/x.journeys".into()), ("reason", "the file is empty".into())]);
        assert!(fa.contains("فضای کاری") && fa.contains("/tmp/x.journeys"), "{fa}");
    }

    #[test]
    fn malformed_arguments_are_refused_with_a_code_and_a_sentence() {
        let bad: Checked<journey_core::Id> = serde_json::from_str(r#""not-a-uuid""#).unwrap();
        let e = bad.get("journeyId").unwrap_err();
        assert_eq!(e.code, "invalid_input");
        assert!(e.message.starts_with("journeyId is not valid"), "{}", e.message);
        let edit: Checked<journey_core::Edit> = serde_json::from_str(r#"{"type":"explode"}"#).unwrap();
        assert_eq!(edit.get("edit").unwrap_err().code, "invalid_input");
        let ok: Checked<journey_core::Id> = serde_json::from_str(r#""019ab697-e801-726b-b2a7-4de452e6b438""#).unwrap();
        assert!(ok.get("journeyId").is_ok());
    }

    #[test]
    fn edit_errors_keep_the_core_code() {
        let e: ApiError = StoreError::Edit(journey_core::EditError::invalid(
            journey_core::Field::Severity,
            journey_core::Problem::OutOfRange { min: 1.0, max: 5.0, value: 9.0 },
        )).into();
        assert_eq!(e.code, "invalid_value");
        assert_eq!(e.message, "severity: must be 1 to 5, not 9");
    }
}
