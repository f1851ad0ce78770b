//! "Merge a copy": every change another copy of this workspace holds comes into this one, and
//! undo that keeps a teammate's change.
//!
//! The copy is read from a temporary duplicate of its file, so the copy itself is never
//! changed (not even migrated). Its documents are merged into ours by Automerge; each journey
//! is then repaired from its merged document and the read model moved to it as one transaction,
//! with no undo entry: a teammate's change is not ours to undo.

use std::collections::BTreeMap;
use std::path::Path;

use journey_core::diff::restore_edit;
use journey_core::{apply as apply_edit, Edit, Id, Journey, Touched};
use journey_core::repair::{repair, Loose};
use journey_i18n::{Said, SaidArg};
use journey_doc::{entity, entity_of, json, set_loose, DocError, JourneyDoc, Write};

use crate::documents::{self, RepairNote};
use crate::error::{Result, StoreError};
use crate::{locate, rows, Cached, Store};

/// What one journey received from the copy.
#[derive(Debug, Clone, PartialEq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct JourneyMerge {
    pub id: Id,
    pub name: String,
    /// Changes that were new here.
    pub incoming: usize,
    /// Who made them, with how many each, most first.
    pub authors: Vec<(String, usize)>,
    /// Only the copy had it: it came in whole.
    pub added: bool,
    /// The copy removed it: it is gone here too.
    pub removed: bool,
    /// It shares only its id with ours (the two were made separately, not copied): it was
    /// left as it is here; import the copy's journey to have both.
    pub kept_apart: bool,
    /// What needed a decision after the merge.
    pub repairs: Vec<RepairNote>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct MergeReport {
    /// Journeys that changed, were added or removed; journeys the copy did not change are left out.
    pub journeys: Vec<JourneyMerge>,
}

/// A temporary duplicate of the copy's file (with its pending WAL), opened as a store.
struct Duplicate {
    store: Store,
    _dir: tempfile::TempDir,
}

fn duplicate(path: &Path) -> Result<Duplicate> {
    let io = |e: std::io::Error| StoreError::Io { path: path.to_path_buf(), source: e };
    if !path.exists() {
        return Err(StoreError::Missing { path: path.to_path_buf() });
    }
    crate::probe::inspect(path)?;
    let dir = tempfile::tempdir().map_err(io)?;
    let copy = dir.path().join("copy.journeys");
    std::fs::copy(path, &copy).map_err(io)?;
    let wal = path.with_file_name(format!("{}-wal", path.file_name().and_then(|n| n.to_str()).unwrap_or_default()));
    if wal.exists() {
        std::fs::copy(&wal, dir.path().join("copy.journeys-wal")).map_err(io)?;
    }
    // Errors name the copy the user chose, not the temporary file.
    let store = Store::open(&copy).map_err(|e| rename(e, &copy, path))?;
    Ok(Duplicate { store, _dir: dir })
}

fn rename(e: StoreError, from: &Path, to: &Path) -> StoreError {
    let fix = |p: std::path::PathBuf| if p == from { to.to_path_buf() } else { p };
    match e {
        StoreError::NotAWorkspace { path, reason } => StoreError::NotAWorkspace { path: fix(path), reason },
        StoreError::NewerVersion { path, found, supported } => StoreError::NewerVersion { path: fix(path), found, supported },
        StoreError::Corrupt { path, detail } => StoreError::Corrupt { path: fix(path), detail },
        other => other,
    }
}

/// Entities that differ between two states of a journey, sorted.
pub(crate) fn differing(old: &Journey, new: &Journey) -> Vec<Touched> {
    let mut out = Vec::new();
    if old.name != new.name || old.goal != new.goal || old.scale != new.scale || old.metrics != new.metrics || old.direction != new.direction {
        out.push(Touched::Journey);
    }
    fn keyed<'a, T: PartialEq + 'a>(
        out: &mut Vec<Touched>,
        a: impl Iterator<Item = (Id, &'a T)>,
        b: impl Iterator<Item = (Id, &'a T)>,
        t: fn(Id) -> Touched,
    ) {
        let a: BTreeMap<Id, &T> = a.collect();
        let b: BTreeMap<Id, &T> = b.collect();
        for (id, x) in &a {
            if b.get(id) != Some(x) {
                out.push(t(*id));
            }
        }
        for id in b.keys().filter(|id| !a.contains_key(id)) {
            out.push(t(*id));
        }
    }
    keyed(&mut out, old.personas.iter().map(|p| (p.id, p)), new.personas.iter().map(|p| (p.id, p)), Touched::Persona);
    keyed(&mut out, old.graph.stages().map(|s| (s.id, s)), new.graph.stages().map(|s| (s.id, s)), Touched::Stage);
    keyed(&mut out, old.graph.flows().map(|f| (f.id, f)), new.graph.flows().map(|f| (f.id, f)), Touched::Flow);
    keyed(&mut out, old.lanes.iter().map(|l| (l.id, l)), new.lanes.iter().map(|l| (l.id, l)), Touched::Lane);
    keyed(&mut out, old.cards.iter().map(|(id, c)| (*id, c)), new.cards.iter().map(|(id, c)| (*id, c)), Touched::Card);
    out.sort();
    out
}

/// What a logged edit's undo (or redo) changes: exactly the fields the logged entry wrote, each
/// set to what `edit` gives it, except those a teammate changed since (their value no longer
/// the one written): those stay as they are, with a sentence each. Entries logged before
/// documents existed carry no writes and are taken back whole, as they always were.
pub(crate) fn keep_teammates(
    view: &Journey,
    doc: &JourneyDoc,
    edit: &Edit,
    writes: &[Write],
    me: &str,
) -> Result<(Edit, Vec<Said>)> {
    if writes.is_empty() {
        return Ok((edit.clone(), Vec::new()));
    }
    let now = |path: &[String]| -> Option<serde_json::Value> {
        let (t, rest) = entity_of(path)?;
        json::at(&entity(view, t)?, rest).cloned()
    };
    let mut undone = view.clone();
    apply_edit(&mut undone, edit)?;
    let mut skipped = Vec::new();
    // Per entity: start from what the view holds and set each written field that still holds
    // our value to what the undo gives it. Built loose, as a whole, then checked: taking fields
    // back one at a time through the graph's own rules would pass through states it refuses.
    let mut by_entity: std::collections::BTreeMap<Touched, Vec<(&[String], &Write)>> = Default::default();
    for w in writes {
        if let Some((t, rest)) = entity_of(&w.path) {
            by_entity.entry(t).or_default().push((rest, w));
        }
    }
    let mut loose = Loose::of(view);
    let bad = |e: String| StoreError::BadRow(format!("undo: {e}"));
    for (t, fields) in by_entity {
        let wanted = entity(&undone, t);
        let mut value = entity(view, t);
        for (rest, w) in fields {
            if now(&w.path) != w.value {
                skipped.push(kept_sentence(view, doc, t, rest, me));
                continue;
            }
            value = match (&wanted, value) {
                (None, _) => None,
                (Some(whole), _) if rest.is_empty() => Some(whole.clone()),
                (Some(whole), None) => Some(whole.clone()),
                (Some(whole), Some(mut v)) => {
                    json::set_at(&mut v, rest, json::at(whole, rest).cloned());
                    Some(v)
                }
            };
        }
        set_loose(&mut loose, t, value).map_err(bad)?;
    }
    let repaired = repair(&loose);
    if let Some(r) = repaired.repairs.first() {
        return Err(StoreError::Edit(journey_core::EditError::InvalidGraph(
            journey_core::GraphProblem::NeedsRepair {
                repair: r.said(&repaired.journey),
            },
        )));
    }
    let target = repaired.journey;
    Ok((restore_edit(view, &target)?, skipped))
}

/// What an undo kept of a teammate's change: the entity as the merge report names it, the
/// field by its inspector label (the path itself for one without a label), and who.
fn kept_sentence(view: &Journey, doc: &JourneyDoc, t: Touched, rest: &[String], me: &str) -> Said {
    let id = match t {
        Touched::Journey => view.id,
        Touched::Persona(id) | Touched::Stage(id) | Touched::Flow(id) | Touched::Lane(id) | Touched::Card(id) => id,
    };
    // The entity's last writer, when that is someone else (concurrent changes may have left
    // ours as the entity's "last changed", though the field is a teammate's).
    let who = doc.changed(id).map(|c| c.by).filter(|b| !b.is_empty() && b != me);
    let mut args: Vec<(&'static str, SaidArg)> = vec![("item", journey_core::repair::item(view, id).into())];
    if !rest.is_empty() {
        // A card's kind-specific values sit under `body` (`body severity`): the last name is the field's.
        let field = match rest {
            [one] | [_, one] => journey_core::repair::field_label(view, id, one),
            _ => Said::untranslated(rest.join(" ")),
        };
        args.push(("field", field.into()));
    }
    let message = match (&who, rest.is_empty()) {
        (Some(_), false) => "kept-change-by",
        (None, false) => "kept-change",
        (Some(_), true) => "kept-all-by",
        (None, true) => "kept-all",
    };
    if let Some(who) = who {
        args.push(("who", who.into()));
    }
    Said::with(message, args)
}

fn doc_error(path: &Path, e: DocError) -> StoreError {
    match e {
        DocError::Unrelated => StoreError::UnrelatedCopy { path: path.to_path_buf() },
        other => StoreError::Corrupt { path: path.to_path_buf(), detail: other.to_string() },
    }
}

impl Store {
    /// Brings every change of the copy at `path` into this workspace; see the module comment.
    /// Refuses, changing nothing, a copy that is damaged, newer, or of another workspace.
    pub fn merge_copy(&mut self, path: &Path) -> Result<MergeReport> {
        self.writable()?;
        let mut theirs = duplicate(path)?;
        let mut their_index = theirs.store.take_index()?;
        let mut index = self.take_index()?;
        if let Err(e) = index.merge(&mut their_index) {
            self.index = None; // read again from the file: the merge above may have begun
            return Err(doc_error(path, e));
        }
        let result = self.merge_journeys(&mut theirs.store, path, &their_index.journeys());
        let result = result.and_then(|(report, docs)| {
            let listed = index.journeys();
            self.write_merge(&mut index, docs, &listed, report)
        });
        match result {
            Ok(report) => {
                index.stored().mark_saved();
                let ws = index.id();
                self.index = Some(index);
                self.committed(ws);
                for j in report.journeys.iter().filter(|j| !j.removed && !j.kept_apart) {
                    self.committed(j.id);
                }
                Ok(report)
            }
            Err(e) => {
                // Memory may hold merged documents that never reached the file: read again.
                self.cache.clear();
                self.index = None;
                Err(e)
            }
        }
    }

    /// Merges each journey document of the copy into ours (in memory).
    fn merge_journeys(
        &mut self,
        theirs: &mut Store,
        path: &Path,
        their_list: &BTreeMap<Id, f64>,
    ) -> Result<(Vec<JourneyMerge>, Vec<JourneyDoc>)> {
        let ours: std::collections::HashSet<Id> = self.journeys()?.into_iter().map(|j| j.id).collect();
        let mut report = Vec::new();
        let mut docs = Vec::new();
        for id in their_list.keys() {
            let Some(mut their_doc) = documents::load_journey_doc(&theirs.conn, *id).map_err(|e| rename(e, theirs.path(), path))? else {
                continue;
            };
            let entry = |incoming: usize, authors: Vec<(String, usize)>, added: bool, kept_apart: bool| JourneyMerge {
                id: *id,
                name: String::new(),
                incoming,
                authors,
                added,
                removed: false,
                kept_apart,
                repairs: Vec::new(),
            };
            if ours.contains(id) {
                self.ensure_doc(*id)?;
                let mine = self.cache.get_mut(id).and_then(|c| c.doc.as_mut()).expect("ensured above");
                match mine.merge(&mut their_doc) {
                    Ok(metas) if metas.is_empty() => {}
                    Ok(metas) => {
                        let mut by: BTreeMap<String, usize> = BTreeMap::new();
                        for m in &metas {
                            *by.entry(if m.by.is_empty() { "someone".into() } else { m.by.clone() }).or_default() += 1;
                        }
                        let mut authors: Vec<(String, usize)> = by.into_iter().collect();
                        authors.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                        report.push(entry(metas.len(), authors, false, false));
                    }
                    Err(DocError::Unrelated) => report.push(entry(0, Vec::new(), false, true)),
                    Err(e) => return Err(doc_error(path, e)),
                }
            } else {
                let n = their_doc.change_count();
                report.push(entry(n, Vec::new(), true, false));
                docs.push(their_doc);
            }
        }
        Ok((report, docs))
    }

    /// Writes the merged documents and the read model they repair into, in one transaction.
    fn write_merge(
        &mut self,
        index: &mut journey_doc::WorkspaceDoc,
        mut added: Vec<JourneyDoc>,
        listed: &BTreeMap<Id, f64>,
        mut report: Vec<JourneyMerge>,
    ) -> Result<MergeReport> {
        let path = self.path.clone();
        let tx = self.conn.transaction()?;
        // Journeys the merged list no longer has: the copy removed them.
        let present: Vec<Id> = rows::list_journeys(&tx)?.into_iter().map(|(id, _)| id).collect();
        for id in present.iter().filter(|id| !listed.contains_key(id)) {
            tx.execute("DELETE FROM journeys WHERE id = ?1", [id.to_string()])?;
            self.cache.remove(id);
            report.push(JourneyMerge {
                id: *id,
                name: String::new(),
                incoming: 0,
                authors: Vec::new(),
                added: false,
                removed: true,
                kept_apart: false,
                repairs: Vec::new(),
            });
        }
        for entry in report.iter_mut().filter(|e| !e.removed) {
            if entry.kept_apart {
                continue;
            }
            if entry.added {
                let Some(doc) = added.iter_mut().find(|d| d.journey() == entry.id) else { continue };
                if !listed.contains_key(&entry.id) {
                    continue;
                }
                let repaired = doc.materialize().map_err(|e| StoreError::BadRow(e.to_string()))?;
                rows::insert_journey(&tx, &repaired.journey, listed[&entry.id])?;
                let heads = documents::save(&tx, doc.stored())?;
                documents::set_read_model_heads(&tx, entry.id, &heads)?;
                documents::set_repairs(&tx, entry.id, &repaired.repairs)?;
                entry.name = repaired.journey.name.clone();
                entry.repairs = documents::notes(&repaired.journey, &repaired.repairs);
                continue;
            }
            let c: &mut Cached = self.cache.get_mut(&entry.id).expect("merged journeys are cached");
            let doc = c.doc.as_mut().expect("merged journeys have their document");
            let repaired = doc.materialize().map_err(|e| StoreError::BadRow(e.to_string()))?;
            let touched = differing(&c.journey, &repaired.journey);
            rows::write_touched(&tx, &repaired.journey, &touched)?;
            let heads = documents::save(&tx, doc.stored())?;
            documents::set_read_model_heads(&tx, entry.id, &heads)?;
            documents::set_repairs(&tx, entry.id, &repaired.repairs)?;
            let next = c.revision + 1;
            tx.execute("UPDATE journeys SET revision = ?2 WHERE id = ?1", rusqlite::params![entry.id.to_string(), next as i64])?;
            c.layout = None; // laid out afresh when a window asks: the whole map may have moved
            entry.name = repaired.journey.name.clone();
            entry.repairs = documents::notes(&repaired.journey, &repaired.repairs);
            c.journey = repaired.journey;
            c.repairs = repaired.repairs;
            c.revision = next;
        }
        documents::save(&tx, index.stored())?;
        tx.commit().map_err(|e| locate(&path, e.into()))?;
        for c in self.cache.values_mut() {
            if let Some(d) = c.doc.as_mut() {
                d.stored().mark_saved();
            }
        }
        Ok(MergeReport { journeys: report })
    }
}
