//! Every type of the contract, as ts-rs declares it: shared by the generator (`typescript.rs`)
//! and the check that real JSON fits the declarations (`wire_json.rs`).

use std::any::TypeId;
use std::collections::{BTreeMap, HashSet};

use ts_rs::{Config, TypeVisitor, TS};

use journey_api::{ApiError, Crash, ErrorCode, JourneyView, RecordLine, SessionView, WorkspaceInfo, PAGE_ACTIONS};
use journey_export::export::{parse_pages, Format};
use journey_export::pdf::{Pages, Paper};

/// One TypeScript declaration: its JSDoc (may be empty) and `type Name = ...;` as ts-rs wrote it.
pub struct Decl {
    #[allow(dead_code)] // only the generator writes the docs
    pub docs: String,
    pub decl: String,
}

/// Each exported type once, with every type it depends on, keyed by its TypeScript name.
struct Collect {
    cfg: Config,
    seen: HashSet<TypeId>,
    decls: BTreeMap<String, Decl>,
}

impl TypeVisitor for Collect {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        // Primitives and containers have no declaration of their own (no output path).
        if T::output_path().is_none() || !self.seen.insert(TypeId::of::<T>()) {
            return;
        }
        let name = T::ident(&self.cfg);
        let decl = Decl { docs: T::docs().unwrap_or_default(), decl: T::decl(&self.cfg) };
        if let Some(other) = self.decls.insert(name.clone(), decl) {
            // Two Rust types under one TypeScript name: one needs #[ts(rename = "...")].
            assert_eq!(other.decl, self.decls[&name].decl, "two types are called {name} in TypeScript");
        }
        T::visit_dependencies(self);
    }
}

/// The contract by TypeScript name. Roots are what the shell's commands and events take and
/// answer; everything they contain comes along.
pub fn declarations() -> BTreeMap<String, Decl> {
    // Revisions and counts are u64/usize in Rust but far below 2^53, and JSON carries them as
    // plain numbers, not bigint.
    let cfg = Config::new().with_large_int("number");
    let mut c = Collect { cfg, seen: HashSet::new(), decls: BTreeMap::new() };
    // Commands: answers and arguments.
    c.visit::<WorkspaceInfo>();
    c.visit::<JourneyView>();
    c.visit::<journey_api::ImportReport>();
    c.visit::<journey_core::Edit>();
    c.visit::<journey_store::Applied>();
    c.visit::<journey_store::VersionInfo>();
    c.visit::<journey_store::VersionSide>();
    c.visit::<journey_core::JourneyDiff>();
    c.visit::<journey_core::insights::Insights>();
    // Named by a #[ts(type)] override on Finding::args, so not reached through it.
    c.visit::<journey_core::insights::FindingArg>();
    c.visit::<journey_export::templates::TemplateInfo>();
    c.visit::<SessionView>();
    c.visit::<journey_workshop::Action>();
    c.visit::<RecordLine>();
    // Merging a copy: what came in, what still needs a decision, who last changed an entity.
    c.visit::<journey_store::MergeReport>();
    c.visit::<journey_store::RepairNote>();
    c.visit::<journey_store::Changed>();
    // Errors, also the payload of the `open-failed` event.
    c.visit::<ApiError>();
    c.visit::<ErrorCode>();
    // The change path (`journey-changed` carries an Applied): named here too so each part is
    // declared even if a container stops naming it.
    c.visit::<journey_core::Change>();
    c.visit::<journey_core::JourneyHeader>();
    c.visit::<journey_core::change::MapSize>();
    c.visit::<journey_core::LayoutPatch>();
    c.visit::<journey_core::CurvePatch>();
    // Events: `crashed` (the others carry types above, a number, or a MenuAction).
    c.visit::<Crash>();
    // Live sync: `sync-status`, `sync-presence`, `sync-received`.
    c.visit::<journey_sync::Status>();
    c.visit::<journey_sync::presence::InJourney>();
    c.visit::<journey_store::Received>();
    c.visit::<journey_api::SharedInvitation>();
    // The room: what the host shows, and the rooms heard on the network.
    c.visit::<journey_api::RoomView>();
    c.visit::<journey_sync::mdns::NearbyRoom>();
    // The type of a constant below.
    c.visit::<journey_core::validate::Limits>();
    let mut decls = c.decls;
    // Strings the shell checks against a list of names rather than reading into a type.
    let formats: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
    let unions = [
        ("MenuAction", "A menu item the page carries out: the payload of the `menu` event (journey-api's PAGE_ACTIONS).", PAGE_ACTIONS.to_vec()),
        ("ExportFormat", "Export formats, as `journey export --format` names them (journey-export's `Format::name`).", formats),
        ("PageSize", "PDF pages: one page the size of the map, or paper tiles at true size (journey-export's `parse_pages`).", page_sizes()),
    ];
    for (name, docs, values) in unions {
        let union = values.iter().map(|v| format!("\"{v}\"")).collect::<Vec<_>>().join(" | ");
        let decl = Decl { docs: ts_rs::format_docs(&[&format!(" {docs}")]), decl: format!("type {name} = {union};") };
        assert!(decls.insert(name.to_string(), decl).is_none(), "{name} is declared twice");
    }
    decls
}

/// A value of the core's that the page reads, declared as `export const NAME: TYPE = value;`.
#[allow(dead_code)] // the docs and the key order are the generator's; the wire check reads the rest
pub struct Const {
    pub name: &'static str,
    /// JSDoc lines.
    pub docs: Vec<&'static str>,
    /// A TypeScript type: a declared name or a type expression.
    pub ty: String,
    pub value: serde_json::Value,
    /// The order an object's keys are written in (a JSON map sorts them), when it matters:
    /// the page offers label lists in this order. Empty: sorted.
    pub key_order: Vec<String>,
}

/// The core's rules and words the page shows rather than repeats: the limits edits are checked
/// against; a pain point's priority for every pair of ratings (`PAIN_PRIORITY[severity - min]
/// [frequency - min]`, computed by `PainPoint::priority`; ts-rs declares types, not functions or
/// consts, so the rule reaches the page as its table); and the message id of each value of the
/// model's vocabularies (journey-core `vocab`), by wire tag, so the window names them from the
/// same catalogs the exports read.
pub fn constants() -> Vec<Const> {
    use journey_core::validate::LIMITS;
    use journey_core::{Channel, Friction};
    let ratings = || (LIMITS.rating.min as u8)..=(LIMITS.rating.max as u8);
    let table: Vec<Vec<u32>> = ratings().map(|s| ratings().map(|f| journey_core::priority(s, f)).collect()).collect();
    use journey_core::vocab;
    // The open lists' custom value ("other") is offered as "Other…" in the selects: its message
    // names that choice. A kind missing here fails `tsc`: ui/src/components/labels.ts holds each
    // as a Record over the generated union.
    let mut channels: Vec<(Channel, &str)> = vocab::CHANNELS.to_vec();
    channels.push((Channel::Other(String::new()), vocab::CHANNEL_OTHER));
    let mut frictions: Vec<(Friction, &str)> = vocab::FRICTIONS.to_vec();
    frictions.push((Friction::Other(String::new()), vocab::FRICTION_OTHER));
    vec![
        Const {
            name: "LIMITS",
            docs: vec!["The limits every edit is checked against (journey-core's `validate::LIMITS`)."],
            ty: "Limits".into(),
            value: serde_json::to_value(LIMITS).expect("limits serialise"),
            key_order: Vec::new(),
        },
        messages("CARD_KIND_MESSAGES", "Kinds of card (journey-core `vocab::CARD_KINDS`).", &vocab::CARD_KINDS),
        messages("CHANNEL_MESSAGES", "Channels by kind (`vocab::CHANNELS`; a custom channel shows its own label).", &channels),
        messages("CX_PILLAR_MESSAGES", "The six CX pillars (`vocab::CX_PILLARS`).", &vocab::CX_PILLARS),
        messages("EXPERIENCE_MESSAGES", "The connected customer experiences (`vocab::EXPERIENCES`).", &vocab::EXPERIENCES),
        messages("FRICTION_MESSAGES", "Kinds of friction (`vocab::FRICTIONS`; a custom one shows its own label).", &frictions),
        messages("LANE_KIND_MESSAGES", "Kinds of lane (`vocab::LANE_KINDS`).", &vocab::LANE_KINDS),
        messages("LOYALTY_PILLAR_MESSAGES", "The loyalty 3.0 pillars (`vocab::LOYALTY_PILLARS`).", &vocab::LOYALTY_PILLARS),
        messages("PHASE_MESSAGES", "Phases but a custom one (`vocab::PHASES`).", &vocab::PHASES),
        messages("SHORTAGE_MESSAGES", "What a customer is short of (`vocab::SHORTAGES`).", &vocab::SHORTAGES),
        Const {
            name: "DEFAULT_EMOTION_MESSAGES",
            docs: vec!["The default scale's named steps by score (`vocab::DEFAULT_EMOTIONS`): a journey that keeps a", "step's English name shows the catalog's word for it (`EmotionScale::term_of`)."],
            ty: "Array<[number, string]>".into(),
            value: serde_json::to_value(vocab::DEFAULT_EMOTIONS).expect("pairs serialise"),
            key_order: Vec::new(),
        },
        Const {
            name: "PAIN_PRIORITY",
            docs: vec![
                "A pain point's priority (journey-core's `PainPoint::priority`: severity × frequency),",
                "as `PAIN_PRIORITY[severity - LIMITS.rating.min][frequency - LIMITS.rating.min]`.",
            ],
            ty: "Array<Array<number>>".into(),
            value: serde_json::to_value(table).expect("numbers serialise"),
            key_order: Vec::new(),
        },
    ]
}

/// `Record<"tag" | ..., string>` of each value's message id (`locales/*/vocab.ftl`) by the tag it
/// has on the wire (a plain string, or the `kind` of an adjacently tagged enum).
fn messages<T: serde::Serialize>(name: &'static str, docs: &'static str, values: &[(T, &'static str)]) -> Const {
    let mut map = serde_json::Map::new();
    let mut tags = Vec::new();
    for (v, id) in values {
        let wire = serde_json::to_value(v).expect("enum values serialise");
        let tag = wire.as_str().or_else(|| wire["kind"].as_str()).unwrap_or_else(|| panic!("{wire} has no tag")).to_string();
        assert!(map.insert(tag.clone(), (*id).into()).is_none(), "{name} lists a value twice");
        tags.push(tag);
    }
    let union = tags.iter().map(|t| format!("\"{t}\"")).collect::<Vec<_>>().join(" | ");
    Const { name, docs: vec![docs], ty: format!("Record<{union}, string>"), value: serde_json::Value::Object(map), key_order: tags }
}

/// The page sizes the exporter reads, each checked against `parse_pages`. A new `Paper` does not
/// compile here until it has a name.
pub fn page_sizes() -> Vec<&'static str> {
    let paper = |p: Paper| match p {
        Paper::A4 => "a4",
        Paper::A3 => "a3",
        Paper::Letter => "letter",
    };
    let mut names = vec![("fit", Pages::Fit)];
    names.extend([Paper::A4, Paper::A3, Paper::Letter].map(|p| (paper(p), Pages::Tiled(p))));
    for (name, pages) in &names {
        assert_eq!(parse_pages(name), Some(*pages), "the exporter does not read the page size {name}");
    }
    names.into_iter().map(|(n, _)| n).collect()
}
