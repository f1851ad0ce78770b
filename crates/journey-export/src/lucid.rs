//! Lucidchart's CSV of a process diagram (File > Export > CSV of Shape Data, and its CSV import
//! for process diagrams): one row per page, shape and line, with `Id`, `Name` (the shape type,
//! or "Page", "Line", "Document"), `Shape Library`, `Page ID`, `Contained By`, `Line Source`,
//! `Line Destination` and `Text Area 1..n`. What people have when they drew a journey there.
//!
//! The CSV has no positions, so the map is guessed, and the report says how: swim-lane
//! containers become lanes, other containers become stages, shapes become cards in the cell of
//! the containers that hold them, and lines between shapes become flows between their stages.
//! Without stage containers each shape is a step of its own (a stage), in the order the lines
//! give. One journey per page.

use std::collections::{BTreeMap, HashMap, HashSet};

use ::csv::{ReaderBuilder, StringRecord};
use journey_core::graph::{Flow, FlowKind, StageGraph};
use journey_core::{new_id, validate, Card, CardBody, Id, Journey, Lane, LaneKind, Metrics, Stage};

use crate::{said, ImportError, Said};

/// Whether a CSV's header row is Lucid's (so a `.csv` can be told from our own).
pub fn is_lucid(text: &str) -> bool {
    let header = text.lines().next().unwrap_or("").to_ascii_lowercase();
    header.contains("shape library") && header.contains("contained by")
}

struct Row {
    line: usize,
    id: String,
    name: String,
    page: String,
    contained_by: Vec<String>,
    source: String,
    destination: String,
    text: String,
}

fn at(line: usize, message: impl Into<Said>) -> ImportError {
    ImportError::Line { line, message: message.into() }
}

fn is_lane_container(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n.contains("swim") || n.contains("pool") || n.contains("lane")
}

fn is_container(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    is_lane_container(name) || n.contains("container") || n.contains("frame") || n.contains("group box")
}

pub fn from_lucid_reported(text: &str) -> Result<(Vec<Journey>, Vec<Said>), ImportError> {
    let mut reader = ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let header = reader.headers().map_err(|e| at(1, said!("error-import-csv-header-unreadable", detail = e.to_string())))?.clone();
    let col = |name: &str| header.iter().position(|h| h.trim().eq_ignore_ascii_case(name));
    let (Some(id_col), Some(name_col)) = (col("Id"), col("Name")) else {
        return Err(at(1, said!("error-import-lucid-columns")));
    };
    let text_cols: Vec<usize> = {
        let mut v: Vec<(u32, usize)> = header
            .iter()
            .enumerate()
            .filter_map(|(i, h)| h.trim().strip_prefix("Text Area ").and_then(|n| n.trim().parse().ok()).map(|n| (n, i)))
            .collect();
        v.sort();
        v.into_iter().map(|(_, i)| i).collect()
    };
    let get = |r: &StringRecord, c: Option<usize>| c.and_then(|c| r.get(c)).unwrap_or("").trim().to_string();
    let (page_col, contained_col, source_col, dest_col) = (col("Page ID"), col("Contained By"), col("Line Source"), col("Line Destination"));
    let mut rows = Vec::new();
    let mut seen = HashSet::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line() as usize);
            at(line, said!("error-import-not-csv", detail = e.to_string()))
        })?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let id = get(&record, Some(id_col));
        if id.is_empty() && record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if id.is_empty() {
            return Err(at(line, said!("error-import-lucid-no-id")));
        }
        if !seen.insert(id.clone()) {
            return Err(at(line, said!("error-import-lucid-same-id", id = id)));
        }
        let texts: Vec<String> = text_cols.iter().map(|c| get(&record, Some(*c))).filter(|t| !t.is_empty()).collect();
        rows.push(Row {
            line,
            id,
            name: get(&record, Some(name_col)),
            page: get(&record, page_col),
            contained_by: get(&record, contained_col).split([',', ';', '|']).map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
            source: get(&record, source_col),
            destination: get(&record, dest_col),
            text: texts.join("\n"),
        });
    }
    let by_id: HashMap<&str, &Row> = rows.iter().map(|r| (r.id.as_str(), r)).collect();
    for r in &rows {
        for c in &r.contained_by {
            if !by_id.contains_key(c.as_str()) {
                return Err(at(r.line, said!("error-import-lucid-no-container", id = c.as_str())));
            }
        }
    }
    // Containers: what the diagram says contains something, or a container shape.
    let holders: HashSet<&str> = rows.iter().flat_map(|r| r.contained_by.iter().map(String::as_str)).collect();
    let kind = |r: &Row| -> &'static str {
        let n = r.name.to_ascii_lowercase();
        match n.as_str() {
            "page" => "page",
            "document" => "document",
            "line" => "line",
            _ if !r.source.is_empty() || !r.destination.is_empty() => "line",
            _ if is_lane_container(&r.name) => "lane",
            _ if is_container(&r.name) || holders.contains(r.id.as_str()) => "stage",
            _ => "shape",
        }
    };
    let pages: Vec<&Row> = rows.iter().filter(|r| kind(r) == "page").collect();
    let document_name = rows.iter().find(|r| kind(r) == "document").map(|r| r.text.clone()).filter(|t| !t.is_empty());
    let mut page_ids: Vec<String> = pages.iter().map(|p| p.id.clone()).collect();
    // Shapes on no listed page (or a file without page rows) make one journey.
    if rows.iter().any(|r| !matches!(kind(r), "page" | "document") && !page_ids.contains(&r.page)) {
        page_ids.push(String::new());
    }
    let mut journeys = Vec::new();
    let mut notes = Vec::new();
    for page in page_ids {
        let on_page: Vec<&Row> = rows.iter().filter(|r| !matches!(kind(r), "page" | "document") && (r.page == page || (page.is_empty() && !pages.iter().any(|p| p.id == r.page)))).collect();
        if on_page.is_empty() {
            continue;
        }
        let page_name = pages.iter().find(|p| p.id == page).map(|p| p.text.clone()).filter(|t| !t.is_empty());
        let name = match (&document_name, &page_name) {
            (Some(d), Some(p)) if rows.iter().filter(|r| kind(r) == "page").count() > 1 => format!("{d}: {p}"),
            (Some(d), _) => d.clone(),
            (None, Some(p)) => p.clone(),
            (None, None) => "Imported from Lucidchart".to_string(),
        };
        let (j, page_notes) = build(&name, &on_page, &by_id, &kind)?;
        notes.extend(page_notes.into_iter().map(|n| said!("export-import-lucid-page", name = name.as_str(), note = n)));
        journeys.push(j);
    }
    if journeys.is_empty() {
        return Err(ImportError::Invalid(said!("error-import-lucid-no-shapes")));
    }
    Ok((journeys, notes))
}

fn label(r: &Row) -> String {
    let first = r.text.lines().next().unwrap_or("").trim();
    if first.is_empty() { format!("{} {}", r.name, r.id) } else { first.to_string() }
}

fn build(name: &str, rows: &[&Row], by_id: &HashMap<&str, &Row>, kind: &dyn Fn(&Row) -> &'static str) -> Result<(Journey, Vec<Said>), ImportError> {
    let mut notes = Vec::new();
    let lanes_rows: Vec<&Row> = rows.iter().copied().filter(|r| kind(r) == "lane").collect();
    let stage_rows: Vec<&Row> = rows.iter().copied().filter(|r| kind(r) == "stage").collect();
    let shapes: Vec<&Row> = rows.iter().copied().filter(|r| kind(r) == "shape").collect();
    let lines: Vec<&Row> = rows.iter().copied().filter(|r| kind(r) == "line").collect();
    // The containers a row sits in, however deep (a shape in a lane inside a pool).
    let within = |r: &Row, want: &str| -> Option<String> {
        let mut todo: Vec<String> = r.contained_by.clone();
        let mut seen = HashSet::new();
        while let Some(c) = todo.pop() {
            if !seen.insert(c.clone()) {
                continue;
            }
            let Some(row) = by_id.get(c.as_str()) else { continue };
            if kind(row) == want {
                return Some(c);
            }
            todo.extend(row.contained_by.iter().cloned());
        }
        None
    };

    // Lanes: one per swim-lane container, else one.
    let mut lanes: Vec<Lane> = lanes_rows
        .iter()
        .enumerate()
        .map(|(i, r)| Lane { id: new_id(), name: label(r), kind: LaneKind::Touchpoints, rank: i as f64, color: String::new() })
        .collect();
    let lane_of: HashMap<&str, Id> = lanes_rows.iter().zip(&lanes).map(|(r, l)| (r.id.as_str(), l.id)).collect();
    // Only the containers of this page count (a row may name a container on another page).
    let lane_for = |s: &Row| within(s, "lane").and_then(|c| lane_of.get(c.as_str()).copied());
    let default_lane = if lanes.is_empty() || shapes.iter().any(|s| lane_for(s).is_none()) {
        let l = Lane { id: new_id(), name: "Touchpoints".into(), kind: LaneKind::Touchpoints, rank: lanes.len() as f64, color: String::new() };
        let id = l.id;
        lanes.push(l);
        Some(id)
    } else {
        None
    };
    if !lanes_rows.is_empty() {
        notes.push(said!("export-import-lucid-lanes", count = lanes_rows.len()));
    }

    // Stages: one per other container; without any, one per shape in the order of the lines.
    let mut graph = StageGraph::default();
    let mut stage_of_shape: HashMap<&str, Id> = HashMap::new();
    let add_stage = |graph: &mut StageGraph, name: String, rank: usize| -> Result<Id, ImportError> {
        let stage = Stage { id: new_id(), name, description: String::new(), phase: None, experience: None, metrics: Metrics::default(), rank: rank as f64 };
        let id = stage.id;
        graph.add_stage(stage).map_err(|e| ImportError::Invalid(e.into()))?;
        Ok(id)
    };
    let ordered_shapes = in_line_order(&shapes, &lines);
    let mut stage_by_row: HashMap<&str, Id> = HashMap::new();
    if stage_rows.is_empty() {
        for (i, s) in ordered_shapes.iter().enumerate() {
            let id = add_stage(&mut graph, label(s).chars().take(validate::MAX_NAME).collect(), i)?;
            stage_of_shape.insert(s.id.as_str(), id);
        }
        notes.push(said!("export-import-lucid-shapes-stages", count = shapes.len()));
    } else {
        for (i, r) in stage_rows.iter().enumerate() {
            stage_by_row.insert(r.id.as_str(), add_stage(&mut graph, label(r).chars().take(validate::MAX_NAME).collect(), i)?);
        }
        notes.push(said!("export-import-lucid-containers", count = stage_rows.len()));
        let mut loose = None;
        for s in &shapes {
            let stage = match within(s, "stage").and_then(|c| stage_by_row.get(c.as_str()).copied()) {
                Some(id) => id,
                None => match loose {
                    Some(id) => id,
                    None => {
                        let id = add_stage(&mut graph, "Not in a container".into(), stage_rows.len())?;
                        notes.push(said!("export-import-lucid-loose", stage = "Not in a container"));
                        loose = Some(id);
                        id
                    }
                },
            };
            stage_of_shape.insert(s.id.as_str(), stage);
        }
    }

    // Cards.
    let mut cards = BTreeMap::new();
    let mut in_cell: HashMap<(Id, Id), usize> = HashMap::new();
    let mut notes_kind = 0;
    // In a cell, the file's order (Lucidchart writes shapes in the order they were drawn).
    for s in &shapes {
        let stage = stage_of_shape[s.id.as_str()];
        let lane = lane_for(s).or(default_lane).expect("a lane for loose shapes");
        let n = in_cell.entry((stage, lane)).or_default();
        let shape = s.name.to_ascii_lowercase();
        let body = if shape.contains("note") || shape.contains("comment") || shape == "text" {
            notes_kind += 1;
            CardBody::Note
        } else {
            CardBody::of_kind(journey_core::CardKind::Touchpoint)
        };
        let card = Card { id: new_id(), stage, lane, rank: *n as f64, text: s.text.clone(), body, workshop: Default::default() };
        *n += 1;
        validate::text(journey_core::Field::CardText, &card.text, validate::MAX_TEXT).map_err(|e| at(s.line, e))?;
        cards.insert(card.id, card);
    }
    notes.push(said!("export-import-lucid-cards", count = shapes.len(), notes = notes_kind));

    // Flows: a line between shapes of two stages (or between two stage containers).
    let stage_of = |id: &str| -> Option<Id> {
        let row = by_id.get(id)?;
        match kind(row) {
            "shape" => stage_of_shape.get(id).copied(),
            "stage" => stage_by_row.get(id).copied(),
            _ => None,
        }
    };
    let mut added = HashSet::new();
    let (mut same, mut dangling, mut flows, mut repeats) = (0, 0, 0, 0);
    for l in &lines {
        let (Some(from), Some(to)) = (stage_of(&l.source), stage_of(&l.destination)) else {
            dangling += 1;
            continue;
        };
        if from == to || !added.insert((from, to)) {
            same += 1;
            continue;
        }
        let mut flow = Flow { id: new_id(), from, to, kind: FlowKind::Next, label: l.text.clone() };
        if graph.add_flow(flow.clone()).is_ok() {
            flows += 1;
        } else {
            // A line back to an earlier step: the loop of the journey.
            flow.kind = FlowKind::Repeat;
            if graph.add_flow(flow).is_ok() {
                flows += 1;
                repeats += 1;
            } else {
                dangling += 1;
            }
        }
    }
    notes.push(said!("export-import-lucid-flows", count = flows, repeats = repeats));
    if same > 0 {
        notes.push(said!("export-import-lucid-same-stage", count = same));
    }
    if dangling > 0 {
        notes.push(said!("export-import-lucid-dangling", count = dangling));
    }
    let mut j = Journey::new(name.chars().take(validate::MAX_NAME).collect::<String>(), graph, lanes);
    j.cards = cards;
    j.normalize();
    Ok((j, notes))
}

/// Shapes in the order the lines lead through them (a breadth-first walk from the shapes no
/// line enters), then the rest in file order.
fn in_line_order<'a>(shapes: &[&'a Row], lines: &[&Row]) -> Vec<&'a Row> {
    let index: HashMap<&str, usize> = shapes.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
    let mut next: Vec<Vec<usize>> = vec![Vec::new(); shapes.len()];
    let mut entered = vec![false; shapes.len()];
    for l in lines {
        if let (Some(&a), Some(&b)) = (index.get(l.source.as_str()), index.get(l.destination.as_str())) {
            next[a].push(b);
            entered[b] = true;
        }
    }
    let mut order = Vec::new();
    let mut placed = vec![false; shapes.len()];
    let starts: Vec<usize> = (0..shapes.len()).filter(|i| !entered[*i]).chain(0..shapes.len()).collect();
    for s in starts {
        if placed[s] {
            continue;
        }
        let mut queue = std::collections::VecDeque::from([s]);
        placed[s] = true;
        while let Some(i) = queue.pop_front() {
            order.push(shapes[i]);
            for &n in &next[i] {
                if !placed[n] {
                    placed[n] = true;
                    queue.push_back(n);
                }
            }
        }
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{import_reported, ImportFormat};

    // As Lucidchart writes a swim-lane journey: a document, a page, a pool of two lanes inside
    // three phase containers, shapes, and lines (one back to the start).
    const SWIMLANES: &str = "Id,Name,Shape Library,Page ID,Contained By,Group,Line Source,Line Destination,Source Arrow,Destination Arrow,Status,Text Area 1,Text Area 2,Comments
1,Document,,,,,,,,,Draft,Coffee order,,
2,Page,,,,,,,,,,Page 1,,
3,Container,Containers,2,,,,,,,,Discover,,
4,Container,Containers,2,,,,,,,,Order,,
5,Swim Lane,Containers,2,,,,,,,,Customer,,
6,Swim Lane,Containers,2,,,,,,,,Barista,,
7,Process,Flowchart Shapes,2,\"3,5\",,,,,,,Sees the menu board,,
8,Process,Flowchart Shapes,2,\"4,5\",,,,,,,Orders a flat white,Pays by card,
9,Process,Flowchart Shapes,2,\"4,6\",,,,,,,Calls the name,,
10,Note,Flowchart Shapes,2,\"4,6\",,,,,,,Queue at 8am,,
11,Line,,2,,,7,8,None,Arrow,,,,
12,Line,,2,,,8,9,None,Arrow,,,,
13,Line,,2,,,9,7,None,Arrow,,next day,,
";

    #[test]
    fn containers_become_stages_and_lanes_shapes_cards_and_lines_flows() {
        let (js, notes) = import_reported(SWIMLANES, ImportFormat::Csv).unwrap();
        let j = &js[0];
        assert_eq!(j.name, "Coffee order");
        let stages: Vec<&str> = j.graph.ordered_stages().iter().map(|s| s.name.as_str()).collect();
        assert_eq!(stages, ["Discover", "Order"]);
        let lanes: Vec<&str> = j.lanes_in_order().iter().map(|l| l.name.as_str()).collect();
        assert_eq!(lanes, ["Customer", "Barista"]);
        let order = j.graph.ordered_stages()[1].id;
        let barista = j.lanes_in_order()[1].id;
        let texts: Vec<&str> = j.cards_in_cell(order, barista).iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["Calls the name", "Queue at 8am"]);
        assert!(j.cards.values().any(|c| c.text == "Orders a flat white\nPays by card"), "Text Area 2 was lost");
        let kinds: Vec<FlowKind> = j.graph.flows().map(|f| f.kind).collect();
        assert!(kinds.contains(&FlowKind::Next) && kinds.contains(&FlowKind::Repeat), "{kinds:?}");
        let all = notes.iter().map(ToString::to_string).collect::<Vec<_>>().join(" ");
        assert!(all.contains("2 containers became stages") && all.contains("2 swim lanes became lanes") && all.contains("1 line within one stage"), "{all}");
    }

    #[test]
    fn without_containers_each_shape_is_a_step_in_line_order() {
        let text = "Id,Name,Shape Library,Page ID,Contained By,Line Source,Line Destination,Text Area 1\n1,Page,,,,,,Flow\n2,Process,Flowchart Shapes,1,,,,Pay\n3,Terminator,Flowchart Shapes,1,,,,Arrive\n4,Line,,1,,3,2,\n";
        let (js, _) = import_reported(text, ImportFormat::Csv).unwrap();
        let stages: Vec<&str> = js[0].graph.ordered_stages().iter().map(|s| s.name.as_str()).collect();
        assert_eq!(stages, ["Arrive", "Pay"], "the line's order, not the file's");
    }

    #[test]
    fn a_shape_in_a_container_of_another_page_goes_where_loose_shapes_go() {
        // Found by the fuzzer (fuzz/artifacts/import_lucid): the container is on page 2.
        let text = "Id,Name,Shape Library,Page ID,Contained By,Line Source,Line Destination,Text Area 1\n1,Page,,,,,,A\n2,Page,,,,,,B\n3,Container,Containers,2,,,,Phase\n4,Swim Lane,Containers,2,,,,Team\n5,Process,Flowchart Shapes,1,\"3,4\",,,Pay\n6,Process,Flowchart Shapes,2,3,,,Wait\n";
        let (js, _) = import_reported(text, ImportFormat::Lucid).unwrap();
        let a = js.iter().find(|j| j.name == "A").unwrap();
        assert_eq!(a.cards.values().map(|c| c.text.as_str()).collect::<Vec<_>>(), ["Pay"]);
        assert_eq!(a.lanes.len(), 1, "a lane of page B was used on page A");
    }

    #[test]
    fn broken_rows_are_refused_with_their_line() {
        let bad = SWIMLANES.replace("\"4,6\",,,,,,,Calls", "\"4,66\",,,,,,,Calls");
        let err = import_reported(&bad, ImportFormat::Csv).unwrap_err().to_string();
        assert_eq!(err, "line 10: Contained By names 66, which no row has as its Id");
        let dup = SWIMLANES.replace("10,Note", "9,Note");
        assert_eq!(import_reported(&dup, ImportFormat::Csv).unwrap_err().to_string(), "line 11: the Id 9 is on an earlier row too");
        assert!(is_lucid(SWIMLANES) && !is_lucid("journey,stage,lane\n"));
    }
}
