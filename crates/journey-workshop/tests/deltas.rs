//! Participants get the change, not the journey: one snapshot when they connect, then deltas.
//! The participant page's own model (page/model.js, under node) built from those must equal a
//! fresh snapshot; a delta must not carry another participant's private card before the reveal;
//! and a delta must cost the same on a small and a large journey.

mod common;

use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;

use common::{assert_same_view, join, page_model, Client, Memory};
use journey_core::sample::{sample_journeys, synthetic_journey};
use journey_core::{apply, apply_tracked, new_id, Card, Edit, Id, Journey, Lane, LaneKind, LiveLayout};
use journey_workshop::session::{Effect, Request};
use journey_workshop::{Action, Board, Delivery, Server, Session};

fn pains(j: &Journey) -> Id {
    j.lanes.iter().find(|l| l.kind == LaneKind::PainPoints).unwrap().id
}

struct Room {
    host: Arc<Memory>,
    server: Server,
    tokens: Vec<String>,
    clients: Vec<Client>,
}

/// A session on `j` with everyone in `names` joined and connected, each holding their snapshot.
async fn room(j: Journey, names: &[&str], delivery: Delivery) -> Room {
    let id = j.id;
    let host = Memory::new(j);
    let server = Server::start_with(host.clone(), id, IpAddr::V4(Ipv4Addr::LOCALHOST), 0, delivery).unwrap();
    // These tests script requests at machine speed, far past a person's rate.
    server.without_rate_limits();
    let (addr, code) = (server.addr(), server.code());
    let mut tokens = Vec::new();
    let mut clients = Vec::new();
    for name in names {
        let (name, code) = (name.to_string(), code.clone());
        let token = tokio::task::spawn_blocking(move || join(addr, &name, &code)).await.unwrap();
        let mut c = Client::connect(addr, &token).await;
        c.wait_for(|m| m.iter().any(|(_, v)| v["type"] == "state")).await;
        tokens.push(token);
        clients.push(c);
    }
    Room { host, server, tokens, clients }
}

impl Room {
    /// The facilitator edits in the window; the app tells the server.
    async fn facilitator(&mut self, edit: Edit) -> u64 {
        let change = self.host.edit(&edit);
        self.server.notify(&change);
        self.all_at(change.revision).await;
        change.revision
    }

    async fn all_at(&mut self, revision: u64) {
        for c in &mut self.clients {
            c.wait_for_revision(revision).await;
        }
    }

    fn journey(&self) -> Journey {
        self.host.journey.lock().unwrap().clone()
    }

    /// What a participant connecting now is sent first.
    async fn fresh_snapshot(&self, who: usize) -> serde_json::Value {
        let mut c = Client::connect(self.server.addr(), &self.tokens[who]).await;
        c.wait_for(|m| !m.is_empty()).await;
        c.messages().remove(0)
    }
}

fn add(stage: Id, lane: Id, text: &str) -> serde_json::Value {
    serde_json::json!({ "type": "add", "stage": stage, "lane": lane, "text": text })
}

fn card_by_text(j: &Journey, text: &str) -> Card {
    j.cards.values().find(|c| c.text == text).unwrap_or_else(|| panic!("no card {text:?}")).clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn snapshot_then_deltas_in_the_page_model_equal_a_fresh_snapshot_after_every_kind_of_change() {
    let j = sample_journeys().remove(0);
    let lane = pains(&j);
    let order = j.graph.order();
    let mut r = room(j, &["Ana", "Ben"], Delivery::Deltas).await;
    let ack = |v: serde_json::Value| assert_eq!(v["type"], "ack", "{v}");

    ack(r.clients[0].request(add(order[0], lane, "Ana: public")).await);
    r.server.act(Action::PrivateMode { on: true }).unwrap();
    ack(r.clients[0].request(add(order[1], lane, "Ana: private")).await);
    ack(r.clients[1].request(add(order[1], lane, "Ben: private")).await);
    r.server.act(Action::PrivateMode { on: false }).unwrap();
    ack(r.clients[1].request(add(order[2], lane, "Ben: public")).await);

    // The facilitator's edits, each kind that changes what participants see.
    let j = r.journey();
    let mut stage = j.graph.stage(order[0]).unwrap().clone();
    stage.name = "Renamed stage".into();
    r.facilitator(Edit::UpdateStage { stage }).await;
    r.facilitator(Edit::SetJourney { name: "Renamed journey".into(), goal: j.goal.clone() }).await;
    let moved = card_by_text(&j, "Ana: public");
    r.facilitator(Edit::MoveCard { id: moved.id, stage: order[3], lane, rank: -5.0 }).await;
    let mut edited = card_by_text(&j, "Ben: public");
    edited.text = "Ben: public, edited by the facilitator".into();
    r.facilitator(Edit::UpdateCard { card: edited }).await;
    let mut secret = card_by_text(&j, "Ben: private");
    secret.text = "Ben: private, edited by the facilitator".into();
    r.facilitator(Edit::UpdateCard { card: secret }).await;
    let gone = j.cards.values().find(|c| c.workshop.author.is_none()).unwrap().id;
    r.facilitator(Edit::RemoveCard { id: gone }).await;
    let new_lane = Lane { id: new_id(), name: "Questions".into(), kind: LaneKind::Custom, rank: -1.0, color: String::new() };
    r.facilitator(Edit::AddLane { lane: new_lane.clone() }).await;
    r.server.act(Action::OpenLanes { lanes: vec![lane, new_lane.id] }).unwrap();
    let mut renamed_lane = new_lane.clone();
    renamed_lane.name = "Open questions".into();
    r.facilitator(Edit::UpdateLane { lane: renamed_lane }).await;
    ack(r.clients[0].request(add(order[0], new_lane.id, "Ana: a question")).await);
    let j = r.journey();
    let step = order.iter().map(|s| Edit::MoveStage { id: *s, steps: 1 }).find(|e| apply(&mut j.clone(), e).is_ok()).expect("a stage that can move right");
    r.facilitator(step).await;
    r.facilitator(Edit::RemoveStage { id: order[2] }).await;

    // Session state: timer, follow, lock, a vote with dots, closed (the tally goes on the cards).
    r.server.act(Action::SetTimer { minutes: 5.0 }).unwrap();
    r.server.act(Action::StartTimer).unwrap();
    r.server.act(Action::Follow { stage: Some(order[1]) }).unwrap();
    r.server.act(Action::Lock { on: true }).unwrap();
    r.server.act(Action::Lock { on: false }).unwrap();
    r.server.act(Action::OpenVote { lane: None, dots: 3 }).unwrap();
    let public = card_by_text(&r.journey(), "Ana: a question").id;
    ack(r.clients[1].request(serde_json::json!({ "type": "vote", "card": public })).await);
    ack(r.clients[1].request(serde_json::json!({ "type": "vote", "card": public })).await);
    ack(r.clients[0].request(serde_json::json!({ "type": "vote", "card": public })).await);
    ack(r.clients[0].request(serde_json::json!({ "type": "unvote", "card": public })).await);
    r.server.act(Action::CloseVote).unwrap();
    r.server.act(Action::OpenVote { lane: Some(lane), dots: 2 }).unwrap();
    r.server.act(Action::Reveal { anonymous: true }).unwrap();
    // Events reach each socket in the order they happened, so once this last change is in,
    // everything before it is too.
    let last = r.facilitator(Edit::SetJourney { name: "Final name".into(), goal: String::new() }).await;

    for who in 0..2 {
        let pushed = r.clients[who].pushed();
        assert_eq!(pushed.iter().filter(|m| m["type"] == "state").count(), 1, "one snapshot, then deltas only");
        assert!(pushed.iter().filter(|m| m["type"] == "delta").count() >= 14);
        let (model, results) = page_model(&pushed);
        assert!(results.iter().all(|r| r == "applied"), "{results:?}");
        let fresh = r.fresh_snapshot(who).await;
        assert_eq!(fresh["revision"], last);
        assert_same_view(model, fresh.clone(), &format!("participant {who}"));
        let texts: Vec<&str> = fresh["cards"].as_array().unwrap().iter().map(|c| c["text"].as_str().unwrap()).collect();
        assert!(texts.contains(&"Ana: private") && texts.contains(&"Ben: private, edited by the facilitator"), "revealed: {texts:?}");
        assert!(fresh["cards"].as_array().unwrap().iter().any(|c| c["votes"] == 2));
    }

    // The page's model tells a delta it holds from one that skips a change.
    let mut pushed = r.clients[0].pushed();
    let last_delta = pushed.iter().rev().find(|m| m["type"] == "delta").unwrap().clone();
    pushed.push(last_delta.clone());
    let mut skipping = last_delta;
    skipping["base"] = (last + 1).into();
    skipping["revision"] = (last + 2).into();
    pushed.push(skipping);
    let (_, results) = page_model(&pushed);
    assert_eq!(results[results.len() - 2..], ["stale".to_string(), "gap".to_string()]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_participants_private_card_reaches_no_one_before_the_reveal_and_everyone_after() {
    let j = sample_journeys().remove(0);
    let lane = pains(&j);
    let stage = j.graph.order()[0];
    let mut r = room(j, &["Ana", "Ben"], Delivery::Deltas).await;
    r.server.act(Action::PrivateMode { on: true }).unwrap();
    assert_eq!(r.clients[0].request(add(stage, lane, "Ana's secret: the queue")).await["type"], "ack");
    let card = card_by_text(&r.journey(), "Ana's secret: the queue");
    let id = card.id.to_string();
    // The facilitator edits the private card too: still private, still only Ana's to see.
    let mut edited = card.clone();
    edited.text = "Ana's secret: the long queue".into();
    let revision = r.facilitator(Edit::UpdateCard { card: edited }).await;

    let (ana, ben) = (r.clients[0].texts(), r.clients[1].texts());
    assert!(ana.iter().any(|t| t.contains("the long queue") && t.contains(&id)), "the author sees her card");
    for t in &ben {
        assert!(!t.contains(&id) && !t.contains("Ana's secret"), "Ben was sent Ana's private card: {t}");
    }
    // Ben still followed every revision (empty deltas), so he needs no snapshot.
    let ben_deltas: Vec<serde_json::Value> = r.clients[1].pushed().into_iter().filter(|m| m["type"] == "delta").collect();
    assert_eq!(ben_deltas.len(), 2);
    assert_eq!(ben_deltas.last().unwrap()["revision"], revision);

    r.server.act(Action::Reveal { anonymous: false }).unwrap();
    r.clients[1]
        .wait_for(|m| {
            m.iter().any(|(_, v)| {
                v["type"] == "delta" && v["cards"].as_array().is_some_and(|c| c.iter().any(|c| c["id"] == id.as_str() && c["text"] == "Ana's secret: the long queue" && c["private"] == false && c["mine"] == false))
            })
        })
        .await;
}

/// The bytes participant B is sent for the same participant card and the same facilitator edit
/// on a journey of `cards` cards, and the size of B's join snapshot.
async fn delta_bytes(cards: usize, delivery: Delivery) -> (usize, usize, usize) {
    let j = synthetic_journey(cards);
    let lane = pains(&j);
    let stage = j.graph.order()[0];
    let mut r = room(j, &["Ana", "Ben"], delivery).await;
    let joined = r.clients[1].texts().len();
    let snapshot = r.clients[1].texts()[0].len();
    assert_eq!(r.clients[0].request(add(stage, lane, "The same card on any map")).await["type"], "ack");
    r.clients[1].wait_for(|m| m.iter().any(|(t, _)| t.contains("The same card on any map"))).await;
    let card_bytes = r.clients[1].texts()[joined..].iter().map(String::len).sum();
    let after_card = r.clients[1].texts().len();
    let mut edited = card_by_text(&r.journey(), "The same card on any map");
    edited.text = "The same card, edited".into();
    let change = r.host.edit(&Edit::UpdateCard { card: edited });
    r.server.notify(&change);
    r.clients[1].wait_for(|m| m.iter().any(|(t, _)| t.contains("The same card, edited"))).await;
    let edit_bytes = r.clients[1].texts()[after_card..].iter().map(String::len).sum();
    (card_bytes, edit_bytes, snapshot)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delta_is_the_same_size_on_a_100_and_a_1000_card_journey() {
    let (card_100, edit_100, snapshot_100) = delta_bytes(100, Delivery::Deltas).await;
    let (card_1000, edit_1000, snapshot_1000) = delta_bytes(1000, Delivery::Deltas).await;
    // The snapshots show the journeys really differ in size ...
    assert!(snapshot_1000 > 5 * snapshot_100, "{snapshot_100} vs {snapshot_1000} bytes");
    // ... the deltas do not (a rank may have a digit more on the larger map).
    assert!(card_1000.abs_diff(card_100) <= 4, "a participant's card: {card_100} vs {card_1000} bytes");
    assert!(edit_1000.abs_diff(edit_100) <= 4, "a facilitator's edit: {edit_100} vs {edit_1000} bytes");
    assert!(card_1000 < 600 && edit_1000 < 600, "{card_1000}, {edit_1000} bytes");

    // The old way, kept as the benchmark's baseline: the whole view per change.
    let (card_full, edit_full, _) = delta_bytes(1000, Delivery::FullSnapshots).await;
    assert!(card_full > snapshot_1000 && edit_full > snapshot_1000 / 2, "{card_full}, {edit_full} vs {snapshot_1000}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn changes_told_out_of_order_reach_participants_in_revision_order() {
    let j = sample_journeys().remove(0);
    let mut r = room(j, &["Ana"], Delivery::Deltas).await;
    let j = r.journey();
    let first = r.host.edit(&Edit::SetJourney { name: "First".into(), goal: j.goal.clone() });
    let second = r.host.edit(&Edit::SetJourney { name: "Second".into(), goal: j.goal.clone() });
    r.server.notify(&second);
    r.server.notify(&first);
    r.server.notify(&first);
    r.all_at(second.revision).await;
    let deltas: Vec<serde_json::Value> = r.clients[0].pushed().into_iter().filter(|m| m["type"] == "delta").collect();
    let order: Vec<(u64, String)> = deltas.iter().map(|d| (d["revision"].as_u64().unwrap(), d["name"].as_str().unwrap().to_string())).collect();
    assert_eq!(order, [(first.revision, "First".to_string()), (second.revision, "Second".to_string())]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_the_server_is_never_told_of_is_covered_by_a_fresh_snapshot() {
    let j = sample_journeys().remove(0);
    let mut r = room(j, &["Ana"], Delivery::Deltas).await;
    let j = r.journey();
    let _untold = r.host.edit(&Edit::SetJourney { name: "Untold".into(), goal: j.goal.clone() });
    let mut stage = j.graph.ordered_stages()[0].clone();
    stage.name = "Told".into();
    let told = r.host.edit(&Edit::UpdateStage { stage });
    r.server.notify(&told);
    r.clients[0].wait_for(|m| m.iter().filter(|(_, v)| v["type"] == "state").count() == 2).await;
    let state = r.clients[0].pushed().into_iter().rfind(|m| m["type"] == "state").unwrap();
    assert_eq!(state["revision"], told.revision);
    assert_eq!(state["journey"]["name"], "Untold");
    assert_eq!(state["journey"]["stages"][0]["name"], "Told");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_that_asks_again_gets_a_fresh_snapshot() {
    let j = sample_journeys().remove(0);
    let mut r = room(j, &["Ana"], Delivery::Deltas).await;
    let revision = r.host.revision();
    r.clients[0].send(serde_json::json!({ "type": "resync" })).await;
    r.clients[0].wait_for(|m| m.iter().filter(|(_, v)| v["type"] == "state").count() == 2).await;
    assert_eq!(r.clients[0].pushed().last().unwrap()["revision"], revision);
}

/// A small deterministic generator, so a failure can be replayed.
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
    fn pick<T: Clone>(&mut self, items: &[T]) -> Option<T> {
        (!items.is_empty()).then(|| items[self.below(items.len())].clone())
    }
}

/// An edit the facilitator might make to `j`, or a card from a participant.
fn random_edit(rng: &mut Rng, j: &Journey) -> Edit {
    let stages = j.graph.order();
    let lanes: Vec<Id> = j.lanes.iter().map(|l| l.id).collect();
    let cards: Vec<Card> = j.cards.values().cloned().collect();
    match rng.below(11) {
        0 | 1 => {
            let (Some(id), Some(stage), Some(lane)) = (rng.pick(&cards).map(|c| c.id), rng.pick(&stages), rng.pick(&lanes)) else { return Edit::Batch { edits: vec![] } };
            Edit::MoveCard { id, stage, lane, rank: rng.below(8) as f64 - 2.0 }
        }
        2 | 3 => match rng.pick(&cards) {
            Some(mut card) => {
                card.text = format!("edited {}", rng.below(1000));
                if rng.below(3) == 0 {
                    card.workshop.private = !card.workshop.private;
                }
                Edit::UpdateCard { card }
            }
            None => Edit::Batch { edits: vec![] },
        },
        4 => rng.pick(&cards).map_or(Edit::Batch { edits: vec![] }, |c| Edit::RemoveCard { id: c.id }),
        5 => {
            let mut stage = j.graph.stage(rng.pick(&stages).unwrap()).unwrap().clone();
            stage.name = format!("Stage {}", rng.below(1000));
            Edit::UpdateStage { stage }
        }
        6 => Edit::MoveStage { id: rng.pick(&stages).unwrap(), steps: if rng.below(2) == 0 { 1 } else { -1 } },
        7 if stages.len() > 3 => Edit::RemoveStage { id: rng.pick(&stages).unwrap() },
        8 => {
            let mut lane = j.lane(rng.pick(&lanes).unwrap()).unwrap().clone();
            lane.name = format!("Lane {}", rng.below(1000));
            lane.rank = rng.below(20) as f64 - 5.0;
            Edit::UpdateLane { lane }
        }
        9 if lanes.len() < 14 => Edit::AddLane { lane: Lane { id: new_id(), name: format!("New lane {}", rng.below(100)), kind: LaneKind::Custom, rank: rng.below(20) as f64, color: String::new() } },
        9 if lanes.len() > 4 => Edit::RemoveLane { id: rng.pick(&lanes).unwrap() },
        _ => Edit::SetJourney { name: format!("Journey {}", rng.below(1000)), goal: j.goal.clone() },
    }
}

#[test]
fn random_changes_through_the_board_give_the_page_what_a_snapshot_of_the_journey_gives() {
    let mut j = sample_journeys().remove(0);
    let mut live = LiveLayout::new(&j);
    let mut revision = 40;
    let mut board = Board::new(&j, Some(revision));
    let mut s = Session::starting(&j);
    // Requests at machine speed, far past a person's rate.
    s.rate_limits = false;
    let code = s.code.clone();
    let home = IpAddr::V4(Ipv4Addr::LOCALHOST);
    let people = [s.join(home, "Ana", &code).unwrap(), s.join(home, "Ben", &code).unwrap(), s.join(home, "Cy", &code).unwrap()];
    s.settings.open_lanes = j.lanes.iter().map(|l| l.id).collect();
    let mut pushed: Vec<Vec<serde_json::Value>> = people.iter().map(|p| vec![s.view_for(p, &board)]).collect();
    let mut rng = Rng(16);
    let mut applied = 0;
    for step in 0..300 {
        let edit = if rng.below(3) == 0 {
            // A participant's card, private one time in two, so its owner is the session's.
            s.settings.private_mode = rng.below(2) == 0;
            let who = &people[rng.below(people.len())];
            let (stage, lane) = (rng.pick(&j.graph.order()).unwrap(), rng.pick(&s.settings.open_lanes.clone()).unwrap());
            match s.handle(who, Request::Add { id: format!("a{step}"), stage, lane, text: format!("card {step}") }, &board) {
                Ok(Effect::Edit(edit, _)) => *edit,
                _ => continue,
            }
        } else {
            random_edit(&mut rng, &j)
        };
        let Ok(t) = apply_tracked(&mut j, &mut live, &edit, revision) else { continue };
        revision = t.change.revision;
        applied += 1;
        for d in board.take(t.change) {
            for (i, p) in people.iter().enumerate() {
                pushed[i].push(s.delta_for(p, &d));
            }
        }
        if step % 50 == 0 {
            for (i, p) in people.iter().enumerate() {
                pushed[i].push(s.session_for(p));
            }
        }
    }
    assert!(applied > 150, "only {applied} edits applied");
    for (i, p) in people.iter().enumerate() {
        let (model, results) = page_model(&pushed[i]);
        assert!(results.iter().all(|r| r == "applied"), "{results:?}");
        let mut from_journey = s.view_for(p, &j);
        from_journey["revision"] = revision.into();
        // The board the server keeps says what the journey says ...
        assert_same_view(s.view_for(p, &board), from_journey.clone(), &format!("board for {}", p.name));
        // ... and the page, from snapshot and deltas, what both say.
        assert_same_view(model, from_journey, &format!("page of {}", p.name));
    }
}

#[test]
fn participants_get_the_stages_of_a_right_to_left_journey_in_reading_order_after_it_turns() {
    use journey_workshop::Map;
    let mut j = sample_journeys().into_iter().find(|j| j.map_direction() == journey_core::Direction::Rtl).unwrap();
    let order: Vec<Id> = j.graph.order();
    let mut board = Board::new(&j, Some(0));
    assert_eq!(board.stages().iter().map(|s| s.id).collect::<Vec<_>>(), order, "a right-to-left map's stages are listed backwards");
    // Turned left to right by the facilitator: still the first stage first.
    let mut live = LiveLayout::new(&j);
    let t = apply_tracked(&mut j, &mut live, &Edit::SetDirection { direction: journey_core::DirectionChoice::Ltr }, 0).unwrap();
    board.take(t.change);
    assert_eq!(board.stages().iter().map(|s| s.id).collect::<Vec<_>>(), order);
}
