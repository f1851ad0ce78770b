//! Mapping between a journey in memory and its rows. Each entity is one row holding its JSON,
//! with the keys SQLite needs for lookups as real columns; an edit rewrites only the rows it
//! touched, so its cost does not grow with the journey.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use journey_core::{Card, DirectionChoice, EmotionScale, Flow, Id, Journey, Lane, Metrics, Persona, Stage, StageGraph, Touched};

use crate::error::{Result, StoreError};

/// The journey's own fields (everything but stages, flows, lanes and cards).
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Head {
    name: String,
    #[serde(default)]
    goal: String,
    #[serde(default)]
    personas: Vec<Persona>,
    #[serde(default)]
    scale: EmotionScale,
    #[serde(default)]
    metrics: Metrics,
    #[serde(default, skip_serializing_if = "DirectionChoice::is_auto")]
    direction: DirectionChoice,
}

fn head_of(j: &Journey) -> Head {
    Head {
        name: j.name.clone(),
        goal: j.goal.clone(),
        personas: j.personas.clone(),
        scale: j.scale.clone(),
        metrics: j.metrics.clone(),
        direction: j.direction,
    }
}

pub fn insert_journey(conn: &Connection, j: &Journey, position: f64) -> Result<()> {
    let id = j.id.to_string();
    conn.execute(
        "INSERT INTO journeys (id, position, revision, data) VALUES (?1, ?2, 0, ?3)",
        params![id, position, serde_json::to_string(&head_of(j))?],
    )?;
    insert_entities(conn, j)
}

/// Replaces every row of a journey with what `j` holds (a read model made again from its
/// document), keeping its place, revision and history.
pub fn replace_journey(conn: &Connection, j: &Journey) -> Result<()> {
    let key = j.id.to_string();
    for table in ["stages", "flows", "lanes", "cards"] {
        conn.execute(&format!("DELETE FROM {table} WHERE journey_id = ?1"), [&key])?;
    }
    conn.execute("UPDATE journeys SET data = ?2 WHERE id = ?1", params![key, serde_json::to_string(&head_of(j))?])?;
    insert_entities(conn, j)
}

fn insert_entities(conn: &Connection, j: &Journey) -> Result<()> {
    for s in j.graph.stages() {
        write_entity(conn, "stages", j.id, s.id, s)?;
    }
    for f in j.graph.flows() {
        write_entity(conn, "flows", j.id, f.id, f)?;
    }
    for l in &j.lanes {
        write_entity(conn, "lanes", j.id, l.id, l)?;
    }
    for c in j.cards.values() {
        write_card(conn, j.id, c)?;
    }
    Ok(())
}

/// Upserts a stage, flow or lane: tables whose only key columns are id and journey_id.
fn write_entity<T: Serialize>(conn: &Connection, table: &str, journey: Id, id: Id, value: &T) -> Result<()> {
    conn.prepare_cached(&format!("INSERT OR REPLACE INTO {table} (id, journey_id, data) VALUES (?1, ?2, ?3)"))?
        .execute(params![id.to_string(), journey.to_string(), serde_json::to_string(value)?])?;
    Ok(())
}

/// Cards also carry their cell as columns, for lookups without parsing JSON.
fn write_card(conn: &Connection, journey: Id, c: &Card) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR REPLACE INTO cards (id, journey_id, stage_id, lane_id, data) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![c.id.to_string(), journey.to_string(), c.stage.to_string(), c.lane.to_string(), serde_json::to_string(c)?])?;
    Ok(())
}

fn delete(conn: &Connection, table: &str, id: Id) -> Result<()> {
    conn.prepare_cached(&format!("DELETE FROM {table} WHERE id = ?1"))?.execute([id.to_string()])?;
    Ok(())
}

/// Writes the current state of every touched entity: present ones are upserted, absent ones
/// deleted. `touched` comes from an edit and its inverse, so cascades are covered.
pub fn write_touched(conn: &Connection, j: &Journey, touched: &[Touched]) -> Result<()> {
    for t in touched {
        match *t {
            Touched::Journey | Touched::Persona(_) => {
                conn.prepare_cached("UPDATE journeys SET data = ?2 WHERE id = ?1")?
                    .execute(params![j.id.to_string(), serde_json::to_string(&head_of(j))?])?;
            }
            Touched::Stage(id) => match j.graph.stage(id) {
                Some(s) => write_entity(conn, "stages", j.id, id, s)?,
                None => delete(conn, "stages", id)?,
            },
            Touched::Flow(id) => match j.graph.flow(id) {
                Some(f) => write_entity(conn, "flows", j.id, id, f)?,
                None => delete(conn, "flows", id)?,
            },
            Touched::Lane(id) => match j.lane(id) {
                Some(l) => write_entity(conn, "lanes", j.id, id, l)?,
                None => delete(conn, "lanes", id)?,
            },
            Touched::Card(id) => match j.card(id) {
                Some(c) => write_card(conn, j.id, c)?,
                None => delete(conn, "cards", id)?,
            },
        }
    }
    Ok(())
}

fn column<T: for<'de> Deserialize<'de>>(conn: &Connection, table: &str, journey: &str) -> Result<Vec<T>> {
    let mut stmt = conn.prepare_cached(&format!("SELECT data FROM {table} WHERE journey_id = ?1"))?;
    let rows = stmt.query_map([journey], |r| r.get::<_, String>(0))?;
    let mut out = Vec::new();
    for row in rows {
        out.push(serde_json::from_str(&row?)?);
    }
    Ok(out)
}

/// Reads one journey and its revision.
pub fn load_journey(conn: &Connection, id: Id) -> Result<(Journey, u64)> {
    let key = id.to_string();
    let row: Option<(String, i64)> = conn
        .query_row("SELECT data, revision FROM journeys WHERE id = ?1", [&key], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (data, revision) = row.ok_or(StoreError::NoSuchJourney(id))?;
    let head: Head = serde_json::from_str(&data)?;
    let stages: Vec<Stage> = column(conn, "stages", &key)?;
    let flows: Vec<Flow> = column(conn, "flows", &key)?;
    let lanes: Vec<Lane> = column(conn, "lanes", &key)?;
    let cards: Vec<Card> = column(conn, "cards", &key)?;
    // The graph is rebuilt through its own checks, so a hand-edited file cannot smuggle in a
    // cycle or a dangling flow.
    let graph: StageGraph = serde_json::from_value(serde_json::json!({ "stages": stages, "flows": flows }))?;
    let cards: BTreeMap<Id, Card> = cards.into_iter().map(|c| (c.id, c)).collect();
    let mut journey = Journey {
        id,
        name: head.name,
        goal: head.goal,
        personas: head.personas,
        scale: head.scale,
        metrics: head.metrics,
        direction: head.direction,
        graph,
        lanes,
        cards,
    };
    journey.normalize();
    Ok((journey, revision as u64))
}

/// Journeys in the workspace's order: (id, name).
pub fn list_journeys(conn: &Connection) -> Result<Vec<(Id, String)>> {
    let mut stmt = conn.prepare("SELECT id, data FROM journeys ORDER BY position, id")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    let mut out = Vec::new();
    for row in rows {
        let (id, data) = row?;
        let id: Id = id.parse().map_err(|e| StoreError::BadRow(format!("journey id {id}: {e}")))?;
        let head: Head = serde_json::from_str(&data)?;
        out.push((id, head.name));
    }
    Ok(out)
}
