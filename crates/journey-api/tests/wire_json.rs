//! The generated TypeScript must describe the JSON that really crosses the wire, not just the
//! Rust types as ts-rs reads them: a serde attribute ts-rs misreads (or ignores) would otherwise
//! give the page a type that type-checks and lies. This reads the declarations back and checks
//! real answers against them, exactly (a field the JSON has and the type lacks fails too): every
//! bundled template and sample journey with its layout and insights, every entry of the undo-log
//! fixture (one of each `Edit` variant) and the store's answers to undoing and redoing them all,
//! a version, its diff and its restore, errors, the template list, and a workshop session as the
//! facilitator's window gets it, the actions it sends and the session's record.

mod contract;

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;
use serde_json::Value;

use journey_api::{ApiError, JourneyView, RecordLine, SessionView, WorkspaceInfo};
use journey_core::{insights, layout, Edit, Journey};
use journey_store::{Store, StoreError, VersionSide};

/// The part of TypeScript's type syntax ts-rs writes.
#[derive(Debug, Clone)]
enum Ty {
    String,
    Number,
    Boolean,
    Null,
    Literal(String),
    Named(String),
    Array(Box<Ty>),
    Tuple(Vec<Ty>),
    Object { fields: Vec<(String, bool, Ty)>, index: Option<(Box<Ty>, Box<Ty>)> },
    Union(Vec<Ty>),
    Intersection(Vec<Ty>),
}

fn tokens(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = src;
    while let Some(c) = rest.chars().next() {
        if c.is_whitespace() {
            rest = &rest[c.len_utf8()..];
        } else if rest.starts_with("/*") {
            rest = &rest[rest.find("*/").expect("a closed comment") + 2..];
        } else if c == '"' {
            let end = rest[1..].find('"').expect("a closed string") + 2;
            out.push(rest[..end].to_string());
            rest = &rest[end..];
        } else if c.is_alphanumeric() || c == '_' || c == '$' {
            let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$')).unwrap_or(rest.len());
            out.push(rest[..end].to_string());
            rest = &rest[end..];
        } else {
            out.push(c.to_string());
            rest = &rest[1..];
        }
    }
    out
}

struct Parser {
    toks: Vec<String>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> &str {
        self.toks.get(self.at).map_or("", String::as_str)
    }

    fn next(&mut self) -> String {
        self.at += 1;
        self.toks.get(self.at - 1).cloned().unwrap_or_else(|| panic!("the declaration ended early"))
    }

    fn expect(&mut self, t: &str) {
        let got = self.next();
        assert_eq!(got, t, "expected {t} in {:?}", &self.toks);
    }

    fn eat(&mut self, t: &str) -> bool {
        let hit = self.peek() == t;
        if hit {
            self.at += 1;
        }
        hit
    }

    fn ty(&mut self) -> Ty {
        self.eat("|");
        let mut alternatives = vec![self.intersection()];
        while self.eat("|") {
            alternatives.push(self.intersection());
        }
        if alternatives.len() == 1 { alternatives.pop().unwrap() } else { Ty::Union(alternatives) }
    }

    fn intersection(&mut self) -> Ty {
        let mut parts = vec![self.primary()];
        while self.eat("&") {
            parts.push(self.primary());
        }
        if parts.len() == 1 { parts.pop().unwrap() } else { Ty::Intersection(parts) }
    }

    fn primary(&mut self) -> Ty {
        let t = self.next();
        match t.as_str() {
            "string" => Ty::String,
            "number" => Ty::Number,
            "boolean" => Ty::Boolean,
            "null" => Ty::Null,
            "Array" => {
                self.expect("<");
                let item = self.ty();
                self.expect(">");
                Ty::Array(Box::new(item))
            }
            "Record" => {
                self.expect("<");
                let key = self.ty();
                self.expect(",");
                let value = self.ty();
                self.expect(">");
                Ty::Object { fields: Vec::new(), index: Some((Box::new(key), Box::new(value))) }
            }
            "(" => {
                let inner = self.ty();
                self.expect(")");
                inner
            }
            "[" => {
                let mut items = Vec::new();
                while !self.eat("]") {
                    items.push(self.ty());
                    self.eat(",");
                }
                Ty::Tuple(items)
            }
            "{" => self.object(),
            s if s.starts_with('"') => Ty::Literal(s.trim_matches('"').to_string()),
            s if s.chars().next().is_some_and(char::is_alphabetic) => Ty::Named(s.to_string()),
            s => panic!("unexpected {s:?} in {:?}", &self.toks),
        }
    }

    fn object(&mut self) -> Ty {
        let (mut fields, mut index) = (Vec::new(), None);
        while !self.eat("}") {
            if self.eat("[") {
                self.next(); // the key's name
                self.expect("in");
                let key = self.ty();
                self.expect("]");
                self.eat("?");
                self.expect(":");
                index = Some((Box::new(key), Box::new(self.ty())));
            } else {
                let name = self.next().trim_matches('"').to_string();
                let optional = self.eat("?");
                self.expect(":");
                fields.push((name, optional, self.ty()));
            }
            self.eat(",");
        }
        Ty::Object { fields, index }
    }
}

/// `type Name = ...;` as a type.
fn parse(decl: &str) -> Ty {
    let mut p = Parser { toks: tokens(decl), at: 0 };
    p.expect("type");
    p.next();
    p.expect("=");
    let ty = p.ty();
    p.expect(";");
    assert_eq!(p.at, p.toks.len(), "left over after the type: {:?}", &p.toks[p.at..]);
    ty
}

struct Contract(BTreeMap<String, Ty>);

impl Contract {
    fn load() -> Contract {
        Contract(contract::declarations().into_iter().map(|(name, d)| (name, parse(&d.decl))).collect())
    }

    fn named(&self, name: &str) -> &Ty {
        self.0.get(name).unwrap_or_else(|| panic!("{name} is not declared in the contract"))
    }

    /// The fields of an object type, intersections merged.
    fn object<'a>(&'a self, t: &'a Ty, fields: &mut Vec<&'a (String, bool, Ty)>, index: &mut Option<&'a (Box<Ty>, Box<Ty>)>) -> bool {
        match t {
            Ty::Named(n) => self.object(self.named(n), fields, index),
            Ty::Object { fields: f, index: i } => {
                fields.extend(f);
                if i.is_some() {
                    *index = i.as_ref();
                }
                true
            }
            Ty::Intersection(parts) => parts.iter().all(|p| self.object(p, fields, index)),
            _ => false,
        }
    }

    fn check(&self, v: &Value, t: &Ty, at: &str) -> Result<(), String> {
        let fail = |what: &str| Err(format!("{at}: {what}, found {}", short(v)));
        match t {
            Ty::String => if v.is_string() { Ok(()) } else { fail("expected a string") },
            Ty::Number => if v.is_number() { Ok(()) } else { fail("expected a number") },
            Ty::Boolean => if v.is_boolean() { Ok(()) } else { fail("expected a boolean") },
            Ty::Null => if v.is_null() { Ok(()) } else { fail("expected null") },
            Ty::Literal(l) => if v.as_str() == Some(l) { Ok(()) } else { fail(&format!("expected \"{l}\"")) },
            Ty::Named(n) => self.check(v, self.named(n), &format!("{at} ({n})")),
            Ty::Array(item) => match v.as_array() {
                Some(items) => items.iter().enumerate().try_for_each(|(i, x)| self.check(x, item, &format!("{at}[{i}]"))),
                None => fail("expected an array"),
            },
            Ty::Tuple(items) => match v.as_array() {
                Some(xs) if xs.len() == items.len() => {
                    xs.iter().zip(items).enumerate().try_for_each(|(i, (x, t))| self.check(x, t, &format!("{at}[{i}]")))
                }
                _ => fail(&format!("expected a tuple of {}", items.len())),
            },
            Ty::Union(alternatives) => {
                let errors: Vec<String> = alternatives.iter().filter_map(|a| self.check(v, a, at).err()).collect();
                if errors.len() < alternatives.len() {
                    Ok(())
                } else {
                    // The alternative that got furthest says most: its error names the deepest path.
                    Err(errors.into_iter().max_by_key(|e| e.split(':').next().map_or(0, str::len)).unwrap())
                }
            }
            Ty::Object { .. } | Ty::Intersection(_) => {
                let (mut fields, mut index) = (Vec::new(), None);
                assert!(self.object(t, &mut fields, &mut index), "{at}: an intersection of non-objects");
                let Some(map) = v.as_object() else { return fail("expected an object") };
                for (name, optional, ty) in &fields {
                    match map.get(name) {
                        Some(x) => self.check(x, ty, &format!("{at}.{name}"))?,
                        None if *optional => {}
                        None => return fail(&format!("the field {name} is missing")),
                    }
                }
                for (key, x) in map {
                    if fields.iter().any(|(n, ..)| n == key) {
                        continue;
                    }
                    match index {
                        Some((k, val)) => {
                            if matches!(**k, Ty::Number) {
                                if key.parse::<f64>().is_err() {
                                    return fail(&format!("the key {key} is not a number"));
                                }
                            } else {
                                self.check(&Value::String(key.clone()), k, &format!("{at} key {key}"))?;
                            }
                            self.check(x, val, &format!("{at}[{key}]"))?;
                        }
                        None => return fail(&format!("the JSON has a field {key} the type does not")),
                    }
                }
                Ok(())
            }
        }
    }

    fn fits<T: Serialize>(&self, value: &T, ty: &str, what: &str) {
        let v = serde_json::to_value(value).unwrap();
        self.fits_json(&v, ty, what);
    }

    fn fits_json(&self, v: &Value, ty: &str, what: &str) {
        if let Err(e) = self.check(v, &Ty::Named(ty.into()), ty) {
            panic!("{what} does not fit the generated TypeScript: {e}");
        }
    }
}

fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 120 { format!("{}…", s.chars().take(120).collect::<String>()) } else { s }
}

#[test]
fn the_check_refuses_json_the_types_do_not_allow() {
    let c = Contract::load();
    let j = &journeys()[0];
    let card = serde_json::to_value(j.cards.values().next().unwrap()).unwrap();
    let refused = |v: Value, ty: &str| c.check(&v, &Ty::Named(ty.into()), ty).expect_err(&short(&v));
    let mut extra = card.clone();
    extra["colour"] = "red".into();
    assert!(refused(extra, "Card").contains("field colour the type does not"));
    let mut missing = card.clone();
    missing.as_object_mut().unwrap().remove("rank");
    assert!(refused(missing, "Card").contains("rank is missing"));
    let mut kind = card;
    kind["body"]["kind"] = "sticker".into();
    refused(kind, "Card");
    // The cards as the map Rust holds them, not the list serde writes.
    let mut map = serde_json::to_value(j).unwrap();
    map["cards"] = serde_json::to_value(&j.cards).unwrap();
    refused(map, "Journey");
    refused(serde_json::json!({ "type": "moveCard", "id": "x" }), "Edit");
    refused(serde_json::json!({ "code": "no_such_code", "message": "" }), "ApiError");
}

fn journeys() -> Vec<Journey> {
    let mut all = journey_core::sample::sample_journeys();
    for t in journey_core::templates::templates() {
        all.push(journey_core::templates::instantiate(&t.journey, &t.name));
    }
    all
}

#[test]
fn journeys_layouts_and_insights_fit_their_types() {
    let c = Contract::load();
    for j in journeys() {
        let view = JourneyView { layout: layout(&j), journey: j.clone(), revision: 7, can_undo: true, can_redo: false };
        c.fits(&view, "JourneyView", &format!("the view of {}", j.name));
        c.fits(&insights::analyse(&j), "Insights", &format!("the insights of {}", j.name));
    }
}

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../journey-store/tests/fixtures/undo-log").join(name)
}

#[test]
fn every_logged_edit_fits_the_edit_union() {
    let c = Contract::load();
    let mut seen = 0;
    for entry in std::fs::read_dir(fixture("edits")).unwrap() {
        let path = entry.unwrap().path();
        let json: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for side in ["forward", "inverse"] {
            c.fits_json(&json[side], "Edit", &format!("{} ({side})", path.display()));
            // And what fits the type is what the store reads back.
            serde_json::from_value::<Edit>(json[side].clone()).unwrap();
            seen += 1;
        }
    }
    assert!(seen >= 42, "the undo-log fixture has one entry per Edit variant");
    for j in ["before.json", "after.json"] {
        let json: Value = serde_json::from_str(&std::fs::read_to_string(fixture(j)).unwrap()).unwrap();
        c.fits_json(&json, "Journey", j);
    }
}

#[test]
fn the_stores_answers_fit_their_types() {
    let c = Contract::load();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.journeys");
    std::fs::copy(fixture("workspace.journeys"), &path).unwrap();
    let mut store = Store::open(&path).unwrap();
    let summaries = store.journeys().unwrap();
    let info = WorkspaceInfo {
        path: path.display().to_string(),
        file_name: "w.journeys".into(),
        title: "w.journeys — Journey Studio".into(),
        read_only: false,
        journeys: summaries.clone(),
    };
    c.fits(&info, "WorkspaceInfo", "the workspace info");
    let id = summaries[0].id;
    let version = store.save_version(id, "before undoing").unwrap();
    c.fits(&version, "VersionInfo", "a saved version");
    // Undo every logged edit, then redo them all: one answer per Edit variant, both ways.
    let mut answers = 0;
    for redo in [false, true] {
        loop {
            let applied = if redo { store.redo(id) } else { store.undo(id) };
            match applied {
                Ok(a) => c.fits(&a, "Applied", &format!("the answer to {} #{answers}", if redo { "redo" } else { "undo" })),
                Err(StoreError::NothingTo(_)) => break,
                Err(e) => panic!("{e}"),
            }
            answers += 1;
        }
    }
    assert!(answers >= 42, "only {answers} undo/redo answers");
    store.undo(id).unwrap();
    let diff = store.diff(id, VersionSide::Version(version.id), VersionSide::Now).unwrap();
    c.fits(&diff, "JourneyDiff", "the diff of a version with now");
    c.fits(&store.restore_version(id, version.id, None).unwrap(), "Applied", "a version restore");
    let stale = store.apply(id, &Edit::SetJourney { name: "x".into(), goal: String::new() }, Some(0)).unwrap_err();
    c.fits(&ApiError::from(stale), "ApiError", "a refusal");
    c.fits(&journey_api::Crash { message: "m".into(), log: None }, "Crash", "a crash");
    // What the page sends for a comparison reads back on the Rust side.
    for side in [serde_json::json!({ "kind": "now" }), serde_json::json!({ "kind": "version", "id": version.id })] {
        c.fits_json(&side, "VersionSide", "a comparison side");
        serde_json::from_value::<VersionSide>(side).unwrap();
    }
}

#[test]
fn the_template_list_fits_its_type() {
    let c = Contract::load();
    let list = journey_export::templates::list(None);
    assert!(!list.is_empty());
    for t in &list {
        c.fits(t, "TemplateInfo", &t.id);
    }
}

#[test]
fn the_constants_the_page_reads_fit_their_types() {
    let c = Contract::load();
    for k in contract::constants() {
        let ty = parse(&format!("type {} = {};", k.name, k.ty));
        if let Err(e) = c.check(&k.value, &ty, k.name) {
            panic!("{} does not fit its declared type {}: {e}", k.name, k.ty);
        }
    }
}

#[test]
fn the_workshop_answers_fit_their_types() {
    use journey_workshop::session::Request;
    use journey_workshop::{Action, Session};
    let c = Contract::load();
    let j = &journeys()[0];
    let home = std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST);
    let mut s = Session::starting(j);
    let url = format!("http://192.168.1.20:48213/?code={}", s.code);
    let view = |s: &Session, qr: bool| SessionView { url: url.clone(), qr: qr.then(|| journey_workshop::qr(&url)).flatten(), session: s.facilitator_view() };
    c.fits(&view(&s, true), "WorkshopSession", "a session nobody joined yet");
    let code = s.code.clone();
    let ana = s.join(home, "Ana", &code).unwrap();
    let ben = s.join(home, "Ben", &code).unwrap();
    s.remove(&ben.id);
    let lane = s.settings.open_lanes[0];
    s.settings.follow = Some(j.graph.order()[0]);
    s.settings.private_mode = true;
    s.set_timer(5.0).unwrap();
    s.start_timer();
    s.open_vote(Some(lane), 3).unwrap();
    let card = j.cards.values().find(|c| c.lane == lane && !c.workshop.private).unwrap().id;
    s.handle(&ana, Request::Vote { id: "v1".into(), card }, j).unwrap();
    let running = view(&s, true);
    assert!(running.qr.is_some() && running.session.vote.as_ref().is_some_and(|v| !v.tally.is_empty()));
    c.fits(&running, "WorkshopSession", "a session with a participant, a vote and a running timer");
    s.open_vote(None, 2).unwrap();
    s.pause_timer();
    c.fits(&view(&s, false), "WorkshopSession", "a session without a QR code, voting on the whole map");
    // What the page sends, as it sends it, reads back as an Action.
    let stage = j.graph.order()[0];
    let actions = [
        serde_json::json!({ "type": "openLanes", "lanes": [lane] }),
        serde_json::json!({ "type": "privateMode", "on": true }),
        serde_json::json!({ "type": "reveal", "anonymous": false }),
        serde_json::json!({ "type": "openVote", "lane": null, "dots": 3 }),
        serde_json::json!({ "type": "openVote", "lane": lane, "dots": 5 }),
        serde_json::json!({ "type": "closeVote" }),
        serde_json::json!({ "type": "setTimer", "minutes": 2.5 }),
        serde_json::json!({ "type": "startTimer" }),
        serde_json::json!({ "type": "pauseTimer" }),
        serde_json::json!({ "type": "extendTimer", "minutes": 1 }),
        serde_json::json!({ "type": "lock", "on": false }),
        serde_json::json!({ "type": "follow", "stage": stage }),
        serde_json::json!({ "type": "follow", "stage": null }),
        serde_json::json!({ "type": "remove", "participant": ana.id }),
    ];
    for a in actions {
        c.fits_json(&a, "WorkshopAction", &format!("the action {a}"));
        serde_json::from_value::<Action>(a).unwrap();
    }
    c.check(&serde_json::json!({ "type": "lock" }), &Ty::Named("WorkshopAction".into()), "WorkshopAction").expect_err("lock without on");
    // The record, as `workshop_record` answers it.
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(&dir.path().join("w.journeys")).unwrap();
    let id = store.add_journey(j).unwrap();
    store.log_workshop(id, "Facilitator", "started the session").unwrap();
    store.log_workshop(id, "Ana", "added “Too many forms”").unwrap();
    let record: Vec<RecordLine> = store.workshop_log(id).unwrap().into_iter().map(Into::into).collect();
    assert_eq!(record.len(), 2);
    let json = serde_json::to_value(&record).unwrap();
    assert!(json[0].is_array(), "a record line is [time, who, what]: {json}");
    for (i, line) in json.as_array().unwrap().iter().enumerate() {
        c.fits_json(line, "WorkshopRecordLine", &format!("record line {i}"));
    }
}

#[test]
fn a_merge_report_what_it_leaves_to_decide_and_who_changed_what_fit_their_types() {
    use journey_core::repair::Repair;
    use journey_core::{new_id, Flow, FlowKind};
    let c = Contract::load();
    let dir = tempfile::tempdir().unwrap();
    let (ours, theirs) = (dir.path().join("ours.journeys"), dir.path().join("theirs.journeys"));
    drop(Store::create_with_sample(&ours).unwrap());
    std::fs::copy(&ours, &theirs).unwrap();
    let mut ana = Store::open(&ours).unwrap();
    ana.set_author("Ana");
    let id = ana.journeys().unwrap()[0].id;
    let j = ana.journey(id).unwrap().0.clone();
    let (lane, order) = (j.lanes_in_order()[0].id, j.graph.order());
    let (first, last) = (order[0], order[order.len() - 1]);
    let flows: Vec<_> = j.graph.flows().map(|f| f.id).collect();
    let text_card = j.cards.values().find(|c| c.lane != lane).unwrap().clone();
    // Apart: Ana adds a card to a lane Ben deletes, both redraw the flows into a loop, both
    // retype one card, and Ben adds a journey.
    let card = new_id();
    ana.apply(id, &Edit::CreateCard { id: card, stage: first, lane, index: None, text: "Ana's card".into() }, None).unwrap();
    let redraw = |store: &mut Store, from, to| {
        for f in &flows {
            // Removing one flow of a chain can take another with it.
            let _ = store.apply(id, &Edit::RemoveFlow { id: *f }, None);
        }
        store.apply(id, &Edit::AddFlow { flow: Flow { id: new_id(), from, to, kind: FlowKind::Next, label: String::new() } }, None).unwrap();
    };
    redraw(&mut ana, first, last);
    let mut retyped = text_card.clone();
    retyped.text = "Ana's words".into();
    ana.apply(id, &Edit::UpdateCard { card: retyped }, None).unwrap();
    {
        let mut ben = Store::open(&theirs).unwrap();
        ben.set_author("Ben");
        ben.apply(id, &Edit::RemoveLane { id: lane }, None).unwrap();
        redraw(&mut ben, last, first);
        let mut retyped = text_card.clone();
        retyped.text = "Ben's words".into();
        ben.apply(id, &Edit::UpdateCard { card: retyped }, None).unwrap();
        ben.add_journey(&journey_core::sample::starter_journey("Ben's journey")).unwrap();
    }
    let report = ana.merge_copy(&theirs).unwrap();
    c.fits(&report, "MergeReport", "a merge report");
    let merged = report.journeys.iter().find(|m| m.id == id).expect("the shared journey changed");
    assert!(merged.incoming > 0 && merged.authors.iter().any(|(who, _)| who == "Ben"), "{merged:?}");
    assert!(report.journeys.iter().any(|m| m.added), "Ben's journey came in: {report:?}");
    let repairs = ana.repairs(id).unwrap();
    assert!(repairs.iter().any(|r| matches!(r.repair, Repair::UnplacedLane { .. })), "{repairs:?}");
    assert!(repairs.iter().any(|r| matches!(r.repair, Repair::SuspendedFlow { .. })), "{repairs:?}");
    for r in &repairs {
        c.fits(r, "RepairNote", "what the merge left to decide");
    }
    let changed = ana.changed(id, card).unwrap().expect("Ana's card has an author");
    assert_eq!(changed.by, "Ana");
    c.fits(&changed, "Changed", "who last changed a card");
    // Undoing the retyping keeps Ben's later words, and says so.
    let undone = ana.undo(id).unwrap();
    assert!(!undone.skipped.is_empty(), "the undo did not say it kept Ben's words");
    c.fits(&undone, "Applied", "an undo that kept a teammate's change");
}
