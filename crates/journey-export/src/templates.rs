//! Templates to start a journey from: the bundled ones (journey-core's `templates`) and the
//! user's own, saved from any journey as JSON documents in a folder the app chooses (its config
//! folder), so they are there in every workspace.

use std::path::Path;

use serde::Serialize;

use journey_core::templates::{instantiate, template, templates};
use journey_core::Journey;

/// Prefix of the ids of the user's own templates (the rest is the file's stem).
const USER: &str = "user:";

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TemplateInfo {
    pub id: String,
    pub name: String,
    pub description: String,
    pub builtin: bool,
}

/// The bundled templates in menu order, then the user's by name. Files that cannot be read as
/// a journey are left out (a broken file must not hide the others).
pub fn list(dir: Option<&Path>) -> Vec<TemplateInfo> {
    let mut out: Vec<TemplateInfo> = templates()
        .into_iter()
        .map(|t| TemplateInfo { id: t.id.into(), name: t.name.into(), description: t.description.into(), builtin: true })
        .collect();
    let mut own: Vec<TemplateInfo> = dir
        .and_then(|d| std::fs::read_dir(d).ok())
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        .filter_map(|e| {
            let stem = e.path().file_stem()?.to_string_lossy().into_owned();
            let j = read(&e.path())?;
            let description = if j.goal.is_empty() { "Your template".to_string() } else { j.goal.clone() };
            Some(TemplateInfo { id: format!("{USER}{stem}"), name: j.name, description, builtin: false })
        })
        .collect();
    own.sort_by(|a, b| a.name.to_lowercase().cmp(&b.name.to_lowercase()).then(a.id.cmp(&b.id)));
    out.extend(own);
    out
}

fn read(path: &Path) -> Option<Journey> {
    let text = std::fs::read_to_string(path).ok()?;
    crate::from_json(&text).ok()?.into_iter().next()
}

/// A new journey named `name` from the template `id` (fresh ids throughout).
pub fn create_from(dir: Option<&Path>, id: &str, name: &str) -> Result<Journey, String> {
    let source = match id.strip_prefix(USER) {
        Some(stem) => {
            // The stem is ours (a UUID), never a path: refuse anything that could leave the folder.
            if stem.is_empty() || !stem.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                return Err(format!("\"{id}\" is not a template"));
            }
            let dir = dir.ok_or("the templates folder is not available")?;
            read(&dir.join(format!("{stem}.json"))).ok_or_else(|| format!("the template \"{id}\" could not be read"))?
        }
        None => template(id).ok_or_else(|| format!("\"{id}\" is not a template"))?.journey,
    };
    Ok(instantiate(&source, name))
}

/// Saves `j` as a template named `name` in `dir` (created when missing); written whole or not
/// at all.
pub fn save(dir: &Path, j: &Journey, name: &str) -> Result<TemplateInfo, String> {
    journey_core::validate::name(journey_core::Field::TemplateName, name).map_err(|e| e.to_string())?;
    let copy = instantiate(j, name.trim());
    std::fs::create_dir_all(dir).map_err(|e| format!("the templates folder could not be made: {e}"))?;
    let stem = copy.id.to_string();
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| e.to_string())?;
    std::io::Write::write_all(&mut tmp, crate::to_json(std::slice::from_ref(&copy)).as_bytes()).map_err(|e| e.to_string())?;
    tmp.persist(dir.join(format!("{stem}.json"))).map_err(|e| e.to_string())?;
    let description = if copy.goal.is_empty() { "Your template".to_string() } else { copy.goal.clone() };
    Ok(TemplateInfo { id: format!("{USER}{stem}"), name: copy.name, description, builtin: false })
}

#[cfg(test)]
mod tests {
    use super::*;
    use journey_core::sample::sample_journeys;

    #[test]
    fn a_saved_journey_is_listed_and_starts_a_new_journey() {
        let dir = tempfile::tempdir().unwrap();
        let j = &sample_journeys()[0];
        let info = save(dir.path(), j, "Meal kits, our way").unwrap();
        let listed = list(Some(dir.path()));
        assert_eq!(listed.iter().filter(|t| t.builtin).count(), templates().len());
        assert_eq!(listed.last(), Some(&info));
        let made = create_from(Some(dir.path()), &info.id, "Workshop 2").unwrap();
        assert_eq!(made.name, "Workshop 2");
        assert_eq!(made.cards.len(), j.cards.len());
        assert!(made.cards.keys().all(|id| !j.cards.contains_key(id)), "ids were not renewed");
    }

    #[test]
    fn builtin_templates_start_journeys_and_unknown_ids_are_refused() {
        let j = create_from(None, "connected-strategy", "Loop").unwrap();
        assert_eq!(j.name, "Loop");
        assert!(create_from(None, "nope", "x").is_err());
        let dir = tempfile::tempdir().unwrap();
        assert!(create_from(Some(dir.path()), "user:../../etc/passwd", "x").unwrap_err().contains("not a template"));
    }

    #[test]
    fn a_broken_file_does_not_hide_the_others() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("broken.json"), "{ not json").unwrap();
        save(dir.path(), &sample_journeys()[1], "Clinic").unwrap();
        let own: Vec<String> = list(Some(dir.path())).into_iter().filter(|t| !t.builtin).map(|t| t.name).collect();
        assert_eq!(own, vec!["Clinic".to_string()]);
    }

    #[test]
    fn an_empty_name_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        assert!(save(dir.path(), &sample_journeys()[0], "  ").is_err());
        assert_eq!(std::fs::read_dir(dir.path()).map(|d| d.count()).unwrap_or(0), 0);
    }
}
