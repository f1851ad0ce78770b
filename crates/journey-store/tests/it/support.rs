use journey_core::*;
use journey_store::Store;
use std::path::{Path, PathBuf};

pub struct Workspace {
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
}

pub fn sample_workspace() -> (Workspace, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("studio.journeys");
    let store = Store::create_with_sample(&path).unwrap();
    (Workspace { dir, path }, store)
}

pub fn first_journey(store: &Store) -> Id {
    store.journeys().unwrap()[0].id
}

pub fn card_with_text(j: &Journey, text: &str) -> Card {
    j.cards.values().find(|c| c.text.contains(text)).unwrap_or_else(|| panic!("no card {text}")).clone()
}

pub fn stage_named(j: &Journey, name: &str) -> Id {
    j.graph.stages().find(|s| s.name == name).unwrap().id
}

/// Copies a closed workspace file (a USB stick, an e-mail attachment).
pub fn copy_of(path: &Path, name: &str) -> PathBuf {
    let to = path.with_file_name(name);
    std::fs::copy(path, &to).unwrap();
    to
}

/// A card of the journey that carries an emotion.
pub fn touchpoint(j: &Journey) -> Card {
    j.cards.values().find(|c| c.emotion().is_some()).unwrap().clone()
}
