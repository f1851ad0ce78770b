//! Every type of the contract, as ts-rs declares it: shared by the generator (`typescript.rs`)
//! and the check that real JSON fits the declarations (`wire_json.rs`).

use std::any::TypeId;
use std::collections::{BTreeMap, HashSet};

use ts_rs::{Config, TypeVisitor, TS};

use journey_api::{ApiError, ErrorCode, JourneyView, WorkspaceInfo};

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
    c.visit::<journey_core::Edit>();
    c.visit::<journey_store::Applied>();
    c.visit::<journey_store::VersionInfo>();
    c.visit::<journey_store::VersionSide>();
    c.visit::<journey_core::JourneyDiff>();
    c.visit::<journey_core::insights::Insights>();
    c.visit::<journey_export::templates::TemplateInfo>();
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
    c.decls
}
