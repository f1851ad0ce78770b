use super::*;
use journey_core::sample::sample_journeys;
use journey_core::{apply, Journey};
use std::net::Ipv4Addr;

const HOME: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

fn setup() -> (Session, Journey, Participant, Participant) {
    let j = sample_journeys().remove(0);
    let mut s = Session::new(j.id);
    let code = s.code.clone();
    let ana = s.join(HOME, "Ana", &code).unwrap();
    let ben = s.join(HOME, " Ben ", &code.to_lowercase()).unwrap();
    (s, j, ana, ben)
}

fn lane(j: &Journey, kind: LaneKind) -> Id {
    j.lanes.iter().find(|l| l.kind == kind).unwrap().id
}

fn add(s: &mut Session, who: &Participant, j: &mut Journey, id: &str, text: &str) -> Result<Id, String> {
    add_at(s, who, j, id, text, Instant::now())
}

/// A participant's card in the journey's first pain-point cell, asked for at `at`.
fn add_at(s: &mut Session, who: &Participant, j: &mut Journey, id: &str, text: &str, at: Instant) -> Result<Id, String> {
    let stage = j.graph.order()[0];
    let lane = lane(j, LaneKind::PainPoints);
    match s.handle_at(who, Request::Add { id: id.into(), stage, lane, text: text.into() }, j, at)? {
        Effect::Edit(edit, _) => {
            let Edit::AddCard { card } = edit.as_ref() else { panic!("{edit:?}") };
            let id = card.id;
            apply(j, &edit).map_err(|e| e.to_string())?;
            Ok(id)
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn codes_are_six_unambiguous_characters_and_wrong_ones_are_limited() {
    let (mut s, ..) = setup();
    assert_eq!(s.code.len(), 6);
    assert!(s.code.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()));
    assert!(!s.code.contains(['0', 'O', '1', 'I', 'L']));
    let stranger: IpAddr = "192.168.1.50".parse().unwrap();
    for _ in 0..MAX_FAILED_JOINS {
        assert_eq!(s.join(stranger, "Eve", "WRONG1"), Err(JoinError::WrongCode));
    }
    // Even the right code is refused for a while after that.
    let code = s.code.clone();
    assert_eq!(s.join(stranger, "Eve", &code), Err(JoinError::TooManyAttempts));
    // Another address is not affected.
    assert!(s.join(HOME, "Cy", &code).is_ok());
}

#[test]
fn cards_go_only_to_open_lanes_and_carry_their_author() {
    let (mut s, mut j, ana, _) = setup();
    let err = add(&mut s, &ana, &mut j, "m1", "Queue at the door").unwrap_err();
    assert!(err.contains("not open"), "{err}");
    s.settings.open_lanes.push(lane(&j, LaneKind::PainPoints));
    // The refused request can be sent again once the lane is open.
    let id = add(&mut s, &ana, &mut j, "m1", "Queue at the door").unwrap();
    let card = j.card(id).unwrap();
    assert_eq!(card.workshop.author.as_deref(), Some("Ana"));
    assert!(matches!(card.body, CardBody::PainPoint(_)), "a card in the pain lane is a pain point");
}

#[test]
fn a_resent_request_is_done_once() {
    let (mut s, mut j, ana, _) = setup();
    s.settings.open_lanes.push(lane(&j, LaneKind::PainPoints));
    add(&mut s, &ana, &mut j, "m1", "Once").unwrap();
    let again = s.handle(&ana, Request::Add { id: "m1".into(), stage: j.graph.order()[0], lane: lane(&j, LaneKind::PainPoints), text: "Once".into() }, &j).unwrap();
    assert_eq!(again, Effect::Nothing);
}

#[test]
fn private_cards_are_seen_by_their_author_only_until_revealed() {
    let (mut s, mut j, ana, ben) = setup();
    s.settings.open_lanes.push(lane(&j, LaneKind::PainPoints));
    s.settings.private_mode = true;
    let a = add(&mut s, &ana, &mut j, "a1", "Ana's secret").unwrap();
    let b = add(&mut s, &ben, &mut j, "b1", "Ben's secret").unwrap();
    let ids = |v: serde_json::Value| v["cards"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap().to_string()).collect::<Vec<_>>();
    let for_ana = ids(s.view_for(&ana, &j));
    assert!(for_ana.contains(&a.to_string()) && !for_ana.contains(&b.to_string()));
    let reveal = s.reveal(&j, true).unwrap();
    apply(&mut j, &reveal).unwrap();
    let for_ana = ids(s.view_for(&ana, &j));
    assert!(for_ana.contains(&b.to_string()), "revealed cards are seen by all");
    assert_eq!(j.card(b).unwrap().workshop.author, None, "anonymous reveal drops the author");
    assert!(!j.card(b).unwrap().workshop.private);
}

#[test]
fn dots_are_limited_tallied_and_written_on_the_cards() {
    let (mut s, mut j, ana, ben) = setup();
    let pains = lane(&j, LaneKind::PainPoints);
    let in_lane: Vec<Id> = j.cards.values().filter(|c| c.lane == pains).map(|c| c.id).collect();
    let other = j.cards.values().find(|c| c.lane != pains).unwrap().id;
    s.open_vote(Some(pains), 2).unwrap();
    let vote = |s: &mut Session, who: &Participant, id: &str, card: Id| s.handle(who, Request::Vote { id: id.into(), card }, &j);
    assert!(vote(&mut s, &ana, "v0", other).unwrap_err().to_string().contains("not part of this vote"));
    vote(&mut s, &ana, "v1", in_lane[0]).unwrap();
    vote(&mut s, &ana, "v2", in_lane[0]).unwrap();
    assert!(vote(&mut s, &ana, "v3", in_lane[1]).unwrap_err().to_string().contains("all 2 dots"));
    vote(&mut s, &ben, "v1", in_lane[1]).unwrap();
    s.handle(&ben, Request::Unvote { id: "u1".into(), card: in_lane[1] }, &j).unwrap();
    vote(&mut s, &ben, "v2", in_lane[0]).unwrap();
    let edit = s.close_vote(&j).unwrap();
    apply(&mut j, &edit).unwrap();
    assert_eq!(j.card(in_lane[0]).unwrap().workshop.votes, 3);
    assert_eq!(j.card(in_lane[1]).unwrap().workshop.votes, 0);
    assert!(s.vote.is_none());
    assert!(s.open_vote(None, 0).is_err());
}

#[test]
fn a_locked_board_refuses_everything() {
    let (mut s, mut j, ana, _) = setup();
    s.settings.open_lanes.push(lane(&j, LaneKind::PainPoints));
    s.settings.locked = true;
    assert!(add(&mut s, &ana, &mut j, "m", "x").unwrap_err().contains("locked"));
}

#[test]
fn a_removed_participant_is_no_longer_known() {
    let (mut s, _, ana, _) = setup();
    assert!(s.participant(&ana.token).is_some());
    assert_eq!(s.remove(&ana.id).as_deref(), Some("Ana"));
    assert!(s.participant(&ana.token).is_none());
}

#[test]
fn hostile_text_is_cleaned_and_limited() {
    let (mut s, mut j, ana, _) = setup();
    s.settings.open_lanes.push(lane(&j, LaneKind::PainPoints));
    let id = add(&mut s, &ana, &mut j, "h", "  <script>alert(1)</script>\u{7}\u{1b} ").unwrap();
    assert_eq!(j.card(id).unwrap().text, "<script>alert(1)</script>", "kept as text, controls dropped");
    assert!(add(&mut s, &ana, &mut j, "long", &"x".repeat(501)).unwrap_err().contains("at most 500"));
    let code = s.code.clone();
    assert!(matches!(s.join(HOME, &"n".repeat(61), &code), Err(JoinError::BadName)));
}

#[test]
fn the_timer_counts_from_a_shared_end_time_and_pauses() {
    let (mut s, ..) = setup();
    assert!(s.set_timer(0.0).is_err());
    s.set_timer(5.0).unwrap();
    assert_eq!(s.timer.remaining_ms, 300_000);
    s.start_timer();
    let end = s.timer.ends_at.unwrap();
    assert!(end > now_ms() + 290_000 && end <= now_ms() + 300_000);
    s.pause_timer();
    assert!(s.timer.ends_at.is_none() && s.timer.remaining_ms > 290_000);
    s.extend_timer(1.0);
    assert!(s.timer.remaining_ms > 350_000);
}

#[test]
fn a_session_starts_with_the_pain_lanes_open_and_only_those() {
    let j = sample_journeys().remove(0);
    let s = Session::starting(&j);
    let pains: Vec<Id> = j.lanes.iter().filter(|l| l.kind == LaneKind::PainPoints).map(|l| l.id).collect();
    assert!(!pains.is_empty());
    assert_eq!(s.settings.open_lanes, pains);
    // A journey without a pain lane starts with every lane closed.
    let mut bare = j.clone();
    bare.lanes.retain(|l| l.kind != LaneKind::PainPoints);
    assert!(Session::starting(&bare).settings.open_lanes.is_empty());
}

#[test]
fn the_facilitator_view_is_the_json_it_was_before_it_had_a_type() {
    let (mut s, j, ana, ben) = setup();
    let pains = lane(&j, LaneKind::PainPoints);
    let card = j.cards.values().find(|c| c.lane == pains).unwrap().id;
    s.settings.open_lanes = vec![pains];
    s.settings.follow = Some(j.graph.order()[0]);
    s.set_timer(5.0).unwrap();
    s.start_timer();
    s.remove(&ben.id);
    s.open_vote(Some(pains), 3).unwrap();
    s.handle(&ana, Request::Vote { id: "v1".into(), card }, &j).unwrap();
    // What `facilitator_view` built with `json!` (whose maps sort their keys), byte for byte.
    let before = |s: &Session| {
        let vote = s.vote.as_ref().map(|v| {
            let tally: Vec<(Id, u32)> = v.tally().into_iter().collect();
            serde_json::json!({ "lane": v.lane, "dots": v.dots, "voters": v.ballots.values().filter(|b| !b.is_empty()).count(), "tally": tally })
        });
        serde_json::json!({
            "journey": s.journey,
            "code": s.code,
            "participants": s.participants.iter().filter(|p| !p.removed).collect::<Vec<_>>(),
            "settings": s.settings,
            "timer": s.timer,
            "vote": vote,
        })
        .to_string()
    };
    assert_eq!(serde_json::to_string(&s.facilitator_view()).unwrap(), before(&s));
    s.close_vote(&j);
    s.pause_timer();
    assert_eq!(serde_json::to_string(&s.facilitator_view()).unwrap(), before(&s));
}

#[test]
fn names_are_made_unique_and_the_facilitators_role_is_reserved() {
    let (mut s, _, _, _) = setup();
    let code = s.code.clone();
    assert_eq!(s.join(HOME, "ana", &code).unwrap().name, "ana (2)", "a second Ana (any case) is told apart");
    assert_eq!(s.join(HOME, "Ana", &code).unwrap().name, "Ana (3)");
    assert_eq!(s.join(HOME, "Facilitator", &code).unwrap().name, "Facilitator (2)");
    assert_eq!(s.join(HOME, "FACILITATOR", &code).unwrap().name, "FACILITATOR (3)");
    // The facilitator's own name is theirs too, however it is written.
    s.reserve("Maryam");
    assert_eq!(s.join(HOME, "maryam", &code).unwrap().name, "maryam (2)", "a participant took the host's own name");
}

#[test]
fn bidi_controls_are_taken_out_of_names_and_card_text_but_joiners_stay() {
    let (mut s, mut j, ana, _) = setup();
    let code = s.code.clone();
    // "rotatilicaf" drawn right to left reads "facilitator".
    let eve = s.join(HOME, "\u{202E}rotatilicaf\u{202C}", &code).unwrap();
    assert_eq!(eve.name, "rotatilicaf");
    let isolated = s.join(HOME, "\u{2067}Mallory\u{2069}\u{200F}", &code).unwrap();
    assert_eq!(isolated.name, "Mallory");
    s.settings.open_lanes.push(lane(&j, LaneKind::PainPoints));
    let id = add(&mut s, &ana, &mut j, "r1", "price \u{202E}001$\u{202C} ok").unwrap();
    assert_eq!(j.card(id).unwrap().text, "price 001$ ok");
    // Persian needs its zero-width non-joiner; emoji sequences their joiner.
    let id = add(&mut s, &ana, &mut j, "r2", "می\u{200C}خواهم 👩\u{200D}💻").unwrap();
    assert_eq!(j.card(id).unwrap().text, "می\u{200C}خواهم 👩\u{200D}💻");
}

#[test]
fn request_ids_are_bounded_in_length_and_in_how_many_are_remembered() {
    let (mut s, mut j, ana, _) = setup();
    s.settings.open_lanes.push(lane(&j, LaneKind::PainPoints));
    let long = "x".repeat(MAX_REQUEST_ID + 1);
    let err = add(&mut s, &ana, &mut j, &long, "too long an id").unwrap_err();
    assert!(err.contains("request id"), "{err}");
    // What is remembered of a participant's ids is bounded: the oldest go first.
    let mut seen = Seen::default();
    for n in 0..(SEEN_PER_PARTICIPANT + 200) {
        assert!(seen.insert(&format!("c{n}")));
    }
    assert_eq!((seen.ids.len(), seen.order.len()), (SEEN_PER_PARTICIPANT, SEEN_PER_PARTICIPANT));
    assert!(!seen.insert(&format!("c{}", SEEN_PER_PARTICIPANT + 199)), "a recent id is no longer known as a retry");
    assert!(seen.insert("c0"), "the oldest id is still remembered");
}

#[test]
fn a_participant_adding_cards_too_fast_is_told_to_slow_down_and_others_are_not() {
    let (mut s, mut j, ana, ben) = setup();
    s.settings.open_lanes.push(lane(&j, LaneKind::PainPoints));
    let t0 = Instant::now();
    for n in 0..5 {
        add_at(&mut s, &ana, &mut j, &format!("a{n}"), "a card", t0).unwrap();
    }
    assert_eq!(add_at(&mut s, &ana, &mut j, "a5", "a card", t0).unwrap_err(), "Slow down: at most 2 cards a second.");
    // Ben is not held up by Ana.
    add_at(&mut s, &ben, &mut j, "b0", "a card", t0).unwrap();
    // Half a second later one more is allowed, and the refused request may be sent again.
    add_at(&mut s, &ana, &mut j, "a5", "a card", t0 + Duration::from_millis(500)).unwrap();
    assert!(add_at(&mut s, &ana, &mut j, "a6", "a card", t0 + Duration::from_millis(500)).is_err());
}

#[test]
fn a_participant_cannot_add_more_cards_than_a_session_allows_one_person() {
    let (mut s, mut j, ana, ben) = setup();
    s.settings.open_lanes.push(lane(&j, LaneKind::PainPoints));
    let t0 = Instant::now();
    for n in 0..CARDS_PER_PARTICIPANT {
        add_at(&mut s, &ana, &mut j, &format!("a{n}"), "a card", t0 + Duration::from_secs(n as u64)).unwrap();
    }
    let later = t0 + Duration::from_secs(10_000);
    let err = add_at(&mut s, &ana, &mut j, "one-more", "a card", later).unwrap_err();
    assert!(err.contains(&format!("{CARDS_PER_PARTICIPANT} cards")), "{err}");
    add_at(&mut s, &ben, &mut j, "b0", "a card", later).unwrap();
}

#[test]
fn a_banned_participant_cannot_rejoin_under_their_name_nor_from_their_device_when_asked() {
    let (mut s, _, ana, ben) = setup();
    let code = s.code.clone();
    let phone: IpAddr = "192.168.1.31".parse().unwrap();
    let eve = s.join(phone, "Eve", &code).unwrap();
    // Removed only: back at once, as before bans existed.
    s.remove(&eve.id).unwrap();
    let eve = s.join(phone, "Eve", &code).unwrap();
    // Banned by name: not under that name (any case), from anywhere; the token is dead too.
    s.ban(&eve.id, false).unwrap();
    assert!(s.participant(&eve.token).is_none(), "a banned token still works");
    assert_eq!(s.join(phone, "eve", &code), Err(JoinError::Banned));
    assert_eq!(s.join(HOME, " EVE ", &code), Err(JoinError::Banned));
    let mallory = s.join(phone, "Mallory", &code).unwrap();
    // Banned with the device: no name gets in from it; others still join.
    s.ban(&mallory.id, true).unwrap();
    assert_eq!(s.join(phone, "Someone else", &code), Err(JoinError::Banned));
    assert!(s.join("192.168.1.32".parse().unwrap(), "Carla", &code).is_ok());
    assert!(s.participant(&ana.token).is_some() && s.participant(&ben.token).is_some(), "a ban touched others");
}

#[test]
fn a_rotated_code_refuses_the_old_one_and_keeps_everyone_in() {
    let (mut s, _, ana, _) = setup();
    let old = s.code.clone();
    s.rotate_code();
    assert_ne!(s.code, old);
    assert_eq!(s.code.len(), 6);
    assert_eq!(s.join("192.168.1.40".parse().unwrap(), "Eve", &old), Err(JoinError::WrongCode));
    let new = s.code.clone();
    assert!(s.join("192.168.1.41".parse().unwrap(), "Carla", &new).is_ok());
    assert!(s.participant(&ana.token).is_some());
}

#[test]
fn one_device_can_join_only_a_few_times_in_ten_minutes() {
    let mut s = Session::new(sample_journeys().remove(0).id);
    let code = s.code.clone();
    let phone: IpAddr = "192.168.1.50".parse().unwrap();
    let t0 = Instant::now();
    for n in 0..JOINS_PER_ADDRESS {
        s.join_at(phone, &format!("P{n}"), &code, t0).unwrap();
    }
    assert_eq!(s.join_at(phone, "One more", &code, t0), Err(JoinError::TooManyJoins));
    assert!(s.join_at("192.168.1.51".parse().unwrap(), "Carla", &code, t0).is_ok(), "another device was refused");
    assert!(s.join_at(phone, "Later", &code, t0 + JOIN_WINDOW).is_ok(), "the device is still refused after the window");
}

#[test]
fn a_join_error_is_a_catalog_message_in_every_language() {
    let all = [JoinError::WrongCode, JoinError::TooManyAttempts, JoinError::BadName, JoinError::Full, JoinError::Banned, JoinError::TooManyJoins];
    assert_eq!(JoinError::BadName.to_string(), "Give a name of 1 to 60 characters.");
    assert_eq!(JoinError::BadName.args_json(), serde_json::json!({ "max": 60.0 }));
    for e in &all {
        let english = e.to_string();
        assert!(!english.starts_with("join-error-"), "{} has no English message", e.code());
        for l in &journey_i18n::LANGUAGES[1..] {
            let said = e.said_in(*l);
            assert!(!said.starts_with("join-error-") && said != english, "{}: {} is not translated: {said}", l.code, e.code());
        }
    }
    let te = journey_i18n::language("te").unwrap();
    assert_eq!(JoinError::BadName.said_in(te), "1 నుండి 60 అక్షరాల పేరు ఇవ్వండి.");
    assert_eq!(Refusal::with("slowDownCards", "rate", CARDS_PER_SECOND).said_in(te), "నెమ్మదిగా: సెకనుకు గరిష్ఠంగా 2 కార్డులు.");
}

#[test]
fn a_refusal_is_a_catalog_message_with_its_arguments() {
    let r = Refusal::with("slowDownCards", "rate", CARDS_PER_SECOND);
    assert_eq!(r.message_id(), "refusal-slowDownCards");
    assert_eq!(r.args_json(), serde_json::json!({ "rate": 2.0 }));
    assert_eq!(r.to_string(), "Slow down: at most 2 cards a second.");
    // Every refusal the session makes has its English sentence (not its id).
    for code in ["requestId", "cardsPerPerson", "cardsPerSession", "slowDownDots", "locked", "emptyCard", "cardTooLong", "laneClosed", "stageGone", "noVote", "cardGone", "notInVote", "noDotsLeft", "noDotThere", "notUnderstood", "notSaved"] {
        let text = Refusal::with(code, "max", 3.0).to_string();
        assert!(!text.starts_with("refusal-"), "{code} has no English message");
    }
}
