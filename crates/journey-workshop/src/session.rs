//! A workshop session's state and rules, with no network in it: who joined, what the
//! facilitator opened, the timer, the dot vote, and what each participant may see. Changes to
//! the journey are returned as `Edit`s for the host to apply through the store, so a
//! participant's card is validated, durable and undoable like any other.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::net::IpAddr;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use journey_core::validate::{MAX_NAME, MAX_TEXT};
use journey_core::{new_id, Card, CardBody, CardWorkshop, Edit, Id, Journey, LaneKind, Touchpoint};

use crate::board::{lane_refs, Delta, Map};

/// Failed joins one address may make per minute before it has to wait.
pub const MAX_FAILED_JOINS: usize = 10;
/// Successful joins one address may make in `JOIN_WINDOW`: a phone joins once and keeps its
/// token; a tablet passed round a table joins a few times. One device filling the room's places
/// (176 joins in 4 s were measured before this) is refused long before.
pub const JOINS_PER_ADDRESS: usize = 10;
pub const JOIN_WINDOW: Duration = Duration::from_secs(600);
/// Longest card text a participant may send (shorter than the core's limit: sticky notes).
pub const MAX_PARTICIPANT_TEXT: usize = 500;
pub const MAX_PARTICIPANTS: usize = 200;
/// Longest name a participant may join under, in characters (once cleaned).
pub const MAX_PARTICIPANT_NAME: usize = 60;
/// Dots a vote may give each person.
pub const MAX_DOTS: u32 = 20;

/// Someone who joined, as the facilitator's window lists them.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename = "WorkshopParticipant")]
pub struct Participant {
    pub id: String,
    pub name: String,
    #[serde(skip)]
    pub token: String,
    pub removed: bool,
}

/// What the facilitator has opened or set for participants. (Fields in the order of their JSON
/// names: the facilitator's view keeps the sorted keys it had when it was built with `json!`.)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename = "WorkshopSettings")]
pub struct Settings {
    /// The stage the facilitator shows; participants follow it unless they opt out.
    pub follow: Option<Id>,
    /// Participants can neither add nor vote.
    pub locked: bool,
    /// Lanes participants may add cards to.
    pub open_lanes: Vec<Id>,
    /// New participant cards are private until revealed.
    pub private_mode: bool,
}

/// The session's countdown.
#[derive(Debug, Clone, Default, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename = "WorkshopTimer")]
pub struct Timer {
    pub duration_ms: u64,
    /// While running: when it ends (ms since the Unix epoch), so every screen counts alike.
    pub ends_at: Option<u64>,
    /// While paused or not started: what is left.
    pub remaining_ms: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Vote {
    /// A lane, or the whole map.
    pub lane: Option<Id>,
    pub dots: u32,
    /// Participant id → the cards they put a dot on (a card may get several).
    #[serde(skip)]
    pub ballots: BTreeMap<String, Vec<Id>>,
}

impl Vote {
    pub fn tally(&self) -> BTreeMap<Id, u32> {
        let mut t = BTreeMap::new();
        for cards in self.ballots.values() {
            for c in cards {
                *t.entry(*c).or_insert(0) += 1;
            }
        }
        t
    }
}

/// What a participant asks for. `id` is chosen by the participant's page; a request seen
/// before is answered without being done again, so resending after a dropped connection is safe.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Request {
    Add { id: String, stage: Id, lane: Id, text: String },
    Vote { id: String, card: Id },
    Unvote { id: String, card: Id },
}

impl Request {
    fn id(&self) -> &str {
        match self {
            Request::Add { id, .. } | Request::Vote { id, .. } | Request::Unvote { id, .. } => id,
        }
    }
}

/// What the host has to do after a request.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Apply this edit to the journey, and record the line.
    Edit(Box<Edit>, String),
    /// Only the session changed (a dot placed); record the line.
    Record(String),
    /// A repeated request: nothing to do.
    Nothing,
}

/// Why a participant's request was refused, as the participant page says it: message
/// `refusal-<code>` of locales/<lang>/participant.ftl with its (numeric) arguments. The server
/// sends the code and arguments for the page to say in the participant's language, and the
/// English sentence (this Display) for pages and tools without the catalog.
#[derive(Debug, Clone, PartialEq)]
pub struct Refusal {
    pub code: &'static str,
    pub args: Vec<(&'static str, f64)>,
}

impl Refusal {
    pub fn new(code: &'static str) -> Refusal {
        Refusal { code, args: Vec::new() }
    }

    pub fn with(code: &'static str, name: &'static str, value: f64) -> Refusal {
        Refusal { code, args: vec![(name, value)] }
    }

    /// The message id in the participant catalog.
    pub fn message_id(&self) -> String {
        format!("refusal-{}", self.code)
    }

    /// The arguments as the page's Fluent takes them.
    pub fn args_json(&self) -> serde_json::Value {
        self.args.iter().map(|(k, v)| (k.to_string(), serde_json::json!(v))).collect::<serde_json::Map<_, _>>().into()
    }

    /// The sentence in `language`, as the page would say it (the server sends it beside the
    /// code, for a page that does not know the code).
    pub fn said_in(&self, language: journey_i18n::Language) -> String {
        formatted(journey_i18n::localizer(language), &self.message_id(), &self.args)
    }
}

/// Message `id` of the participant catalog with numeric `args`.
fn formatted(l: &journey_i18n::Localizer, id: &str, args: &[(&'static str, f64)]) -> String {
    let args: Vec<(&str, journey_i18n::Arg)> = args.iter().map(|(k, v)| (*k, journey_i18n::Arg::Number(*v))).collect();
    l.format(id, &args)
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&formatted(journey_i18n::english_localizer(), &self.message_id(), &self.args))
    }
}

impl From<Refusal> for String {
    fn from(r: Refusal) -> String {
        r.to_string()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JoinError {
    WrongCode,
    TooManyAttempts,
    /// Empty once cleaned, or longer than `MAX_PARTICIPANT_NAME` characters.
    BadName,
    Full,
    /// The facilitator banned this name or this device.
    Banned,
    /// Too many joins from this device lately.
    TooManyJoins,
}

impl JoinError {
    /// A stable name for the refusal: the participant page says it in the participant's language
    /// (message `join-error-<code>` in locales/<lang>/participant.ftl, with `args`), this
    /// Display in English.
    pub fn code(&self) -> &'static str {
        match self {
            JoinError::WrongCode => "wrongCode",
            JoinError::TooManyAttempts => "tooManyAttempts",
            JoinError::BadName => "badName",
            JoinError::Full => "full",
            JoinError::Banned => "banned",
            JoinError::TooManyJoins => "tooManyJoins",
        }
    }

    /// The message id in the participant catalog.
    pub fn message_id(&self) -> String {
        format!("join-error-{}", self.code())
    }

    /// The message's arguments: the longest name for a bad one.
    pub fn args(&self) -> Vec<(&'static str, f64)> {
        match self {
            JoinError::BadName => vec![("max", MAX_PARTICIPANT_NAME as f64)],
            _ => Vec::new(),
        }
    }

    /// The arguments as the page's Fluent takes them.
    pub fn args_json(&self) -> serde_json::Value {
        self.args().iter().map(|(k, v)| (k.to_string(), serde_json::json!(v))).collect::<serde_json::Map<_, _>>().into()
    }

    /// The sentence in `language`, as the page would say it.
    pub fn said_in(&self, language: journey_i18n::Language) -> String {
        formatted(journey_i18n::localizer(language), &self.message_id(), &self.args())
    }
}

impl std::fmt::Display for JoinError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&formatted(journey_i18n::english_localizer(), &self.message_id(), &self.args()))
    }
}

pub struct Session {
    pub journey: Id,
    pub code: String,
    pub participants: Vec<Participant>,
    pub settings: Settings,
    pub timer: Timer,
    pub vote: Option<Vote>,
    /// Request ids seen, per participant, newest last: enough to drop a page's retries, bounded
    /// so a participant sending ever new ids cannot grow the laptop's memory.
    seen: HashMap<String, Seen>,
    failed: HashMap<IpAddr, Vec<Instant>>,
    /// Successful joins per address, within `JOIN_WINDOW`.
    joins: HashMap<IpAddr, Vec<Instant>>,
    /// Per participant id: the name as they typed it (cleaned) and the address they joined from,
    /// for a ban.
    origins: HashMap<String, (String, IpAddr)>,
    /// Names (lowercase) and addresses the facilitator banned: joins with them are refused.
    banned_names: HashSet<String>,
    banned_addresses: HashSet<IpAddr>,
    /// Which participant wrote which card (names may repeat; ids do not).
    owned: HashMap<Id, String>,
    /// Per participant: how fast they may still add cards and place dots.
    rates: HashMap<String, Rates>,
    /// Off only in tests that script many requests at machine speed.
    pub rate_limits: bool,
    /// Names taken before anyone joins: the facilitator's role and the facilitator's own name.
    reserved: Vec<String>,
}

/// A token bucket: `burst` requests at once, then `per_second` more each second.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Bucket {
    tokens: f64,
    at: Instant,
}

impl Bucket {
    pub(crate) fn full(burst: f64, at: Instant) -> Bucket {
        Bucket { tokens: burst, at }
    }

    /// Takes one token if there is one by `now`.
    pub(crate) fn take(&mut self, now: Instant, per_second: f64, burst: f64) -> bool {
        let elapsed = now.saturating_duration_since(self.at).as_secs_f64();
        self.tokens = (self.tokens + elapsed * per_second).min(burst);
        self.at = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Rates {
    cards: Bucket,
    dots: Bucket,
}

/// Cards a participant may add a second, and at once; dots likewise. Enough for anyone typing
/// on a phone; what a script flooding the room would send is refused with a sentence.
pub const CARDS_PER_SECOND: f64 = 2.0;
const CARD_BURST: f64 = 5.0;
pub const DOTS_PER_SECOND: f64 = 5.0;
const DOT_BURST: f64 = 10.0;
/// Messages of any kind one connection may send a second (and at once): a page sends a few a
/// minute, and its outbox after a reconnect. Beyond, the server reads that socket no faster, so
/// a script writing as fast as it can costs the room what a quick typist does.
pub const MESSAGES_PER_SECOND: f64 = 20.0;
pub const MESSAGE_BURST: f64 = 40.0;
/// Cards one participant may add in a session, and all of them together.
pub const CARDS_PER_PARTICIPANT: usize = 200;
pub const CARDS_PER_SESSION: usize = 2_000;

pub fn now_ms() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64)
}

/// `n` random characters from an alphabet without look-alikes (no 0/O, 1/I/L).
pub fn random_code(n: usize) -> String {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    let mut bytes = vec![0u8; n];
    getrandom::fill(&mut bytes).expect("the system has a random source");
    // 256 % 31 leaves a small bias; codes are also rate-limited, so it does not matter.
    bytes.iter().map(|b| ALPHABET[(*b as usize) % ALPHABET.len()] as char).collect()
}

fn random_token() -> String {
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes).expect("the system has a random source");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Invisible characters that change how the text around them is drawn: bidi embeddings,
/// overrides and isolates (U+202A-202E, U+2066-2069), the direction marks, and invisible
/// operators. A name written "\u{202E}rotatilicaf" would otherwise show as "facilitator".
/// Zero-width joiners (U+200C, U+200D) stay: Persian words and emoji need them.
pub fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| (!c.is_control() || *c == '\n') && !is_invisible_format(*c))
        .collect::<String>()
        .trim()
        .to_string()
}

/// The longest request id a page may send (its own are uuids: 36).
pub const MAX_REQUEST_ID: usize = 64;
/// Request ids remembered per participant: a retry comes within seconds, long before this many
/// newer requests.
const SEEN_PER_PARTICIPANT: usize = 1024;

/// One participant's recent request ids.
#[derive(Debug, Default)]
struct Seen {
    order: std::collections::VecDeque<String>,
    ids: HashSet<String>,
}

impl Seen {
    /// False when `id` was seen already.
    fn insert(&mut self, id: &str) -> bool {
        if !self.ids.insert(id.to_string()) {
            return false;
        }
        self.order.push_back(id.to_string());
        if self.order.len() > SEEN_PER_PARTICIPANT {
            if let Some(old) = self.order.pop_front() {
                self.ids.remove(&old);
            }
        }
        true
    }

    fn forget(&mut self, id: &str) {
        self.ids.remove(id);
        self.order.retain(|o| o != id);
    }
}

/// Names no participant may take as they are: the facilitator's role.
const RESERVED_NAMES: &[&str] = &["Facilitator"];

impl Session {
    pub fn new(journey: Id) -> Session {
        Session {
            journey,
            code: random_code(6),
            participants: Vec::new(),
            settings: Settings::default(),
            timer: Timer::default(),
            vote: None,
            seen: HashMap::new(),
            failed: HashMap::new(),
            joins: HashMap::new(),
            origins: HashMap::new(),
            banned_names: HashSet::new(),
            banned_addresses: HashSet::new(),
            owned: HashMap::new(),
            rates: HashMap::new(),
            rate_limits: true,
            reserved: RESERVED_NAMES.iter().map(|n| n.to_string()).collect(),
        }
    }

    /// A session on `j` as a facilitator usually starts one: participants can write in the
    /// journey's pain-point lanes from the start (the facilitator opens or closes others).
    pub fn starting(j: &Journey) -> Session {
        let mut s = Session::new(j.id);
        s.settings.open_lanes = j.lanes_in_order().iter().filter(|l| l.kind == LaneKind::PainPoints).map(|l| l.id).collect();
        s
    }

    /// Keeps `name` (cleaned as a participant's would be) from any participant: the host's own.
    pub fn reserve(&mut self, name: &str) {
        let name = clean(name);
        if !name.is_empty() {
            self.reserved.push(name);
        }
    }

    /// Admits a participant who knows the code. Wrong codes are counted per address.
    pub fn join(&mut self, from: IpAddr, name: &str, code: &str) -> Result<Participant, JoinError> {
        self.join_at(from, name, code, Instant::now())
    }

    /// `join` at the moment `now` (tests give their own clock).
    pub fn join_at(&mut self, from: IpAddr, name: &str, code: &str, now: Instant) -> Result<Participant, JoinError> {
        let tries = self.failed.entry(from).or_default();
        tries.retain(|t| now.duration_since(*t) < Duration::from_secs(60));
        if tries.len() >= MAX_FAILED_JOINS {
            return Err(JoinError::TooManyAttempts);
        }
        if !code.trim().eq_ignore_ascii_case(&self.code) {
            tries.push(now);
            return Err(JoinError::WrongCode);
        }
        let name = clean(name);
        if name.is_empty() || name.chars().count() > MAX_PARTICIPANT_NAME {
            return Err(JoinError::BadName);
        }
        if self.banned_addresses.contains(&from) || self.banned_names.contains(&name.to_lowercase()) {
            return Err(JoinError::Banned);
        }
        if self.participants.iter().filter(|p| !p.removed).count() >= MAX_PARTICIPANTS {
            return Err(JoinError::Full);
        }
        let joins = self.joins.entry(from).or_default();
        joins.retain(|t| now.duration_since(*t) < JOIN_WINDOW);
        if joins.len() >= JOINS_PER_ADDRESS {
            return Err(JoinError::TooManyJoins);
        }
        joins.push(now);
        let typed = name.clone();
        let name = self.unique_name(&name);
        let p = Participant { id: new_id().to_string(), name, token: random_token(), removed: false };
        self.origins.insert(p.id.clone(), (typed, from));
        self.participants.push(p.clone());
        Ok(p)
    }

    /// `name`, or "name (2)", "name (3)"... when someone in the session (or the facilitator's
    /// role) already goes by it, ignoring case: cards and votes must say who is who.
    fn unique_name(&self, name: &str) -> String {
        let taken = |n: &str| {
            self.reserved.iter().any(|r| r.to_lowercase() == n.to_lowercase())
                || self.participants.iter().any(|p| !p.removed && p.name.to_lowercase() == n.to_lowercase())
        };
        if !taken(name) {
            return name.to_string();
        }
        (2..).map(|n| format!("{name} ({n})")).find(|candidate| !taken(candidate)).expect("some number is free")
    }

    pub fn participant(&self, token: &str) -> Option<&Participant> {
        self.participants.iter().find(|p| p.token == token && !p.removed)
    }

    /// Removes a participant and keeps them out: their token ends, and no one may join again
    /// under the name they typed, nor (with `address`) from the device they joined from.
    pub fn ban(&mut self, id: &str, address: bool) -> Option<String> {
        let name = self.remove(id)?;
        if let Some((typed, from)) = self.origins.get(id) {
            self.banned_names.insert(typed.to_lowercase());
            if address {
                self.banned_addresses.insert(*from);
            }
        }
        Some(name)
    }

    /// A new join code: the old one (which a removed person may know) stops working. Those in
    /// the session stay; the facilitator shows the new code to the room.
    pub fn rotate_code(&mut self) {
        let old = std::mem::take(&mut self.code);
        self.code = loop {
            let next = random_code(6);
            if next != old {
                break next;
            }
        };
    }

    pub fn remove(&mut self, id: &str) -> Option<String> {
        let p = self.participants.iter_mut().find(|p| p.id == id && !p.removed)?;
        p.removed = true;
        if let Some(v) = self.vote.as_mut() {
            v.ballots.remove(id);
        }
        Some(p.name.clone())
    }

    /// Checks a participant's request against the session and the journey as it is now.
    pub fn handle(&mut self, who: &Participant, req: Request, j: &(impl Map + ?Sized)) -> Result<Effect, Refusal> {
        self.handle_at(who, req, j, Instant::now())
    }

    /// `handle` at the moment `now` (the rate limits' clock; tests give their own).
    pub fn handle_at(&mut self, who: &Participant, req: Request, j: &(impl Map + ?Sized), now: Instant) -> Result<Effect, Refusal> {
        let id = req.id();
        if id.is_empty() || id.len() > MAX_REQUEST_ID {
            return Err(Refusal::with("requestId", "max", MAX_REQUEST_ID as f64));
        }
        if self.seen.get(&who.id).is_some_and(|s| s.ids.contains(id)) {
            return Ok(Effect::Nothing);
        }
        self.within_limits(who, &req, now)?;
        self.seen.entry(who.id.clone()).or_default().insert(id);
        let result = self.decide(who, &req, j);
        if result.is_err() {
            // A refused request may be sent again once the reason is gone (a lane reopened).
            self.seen.get_mut(&who.id).expect("entered above").forget(req.id());
        }
        result
    }

    /// Refuses, with a sentence for the participant, a card or dot beyond their rate or a card
    /// beyond the caps. Retries of a request already taken never get here.
    fn within_limits(&mut self, who: &Participant, req: &Request, now: Instant) -> Result<(), Refusal> {
        let rates = self
            .rates
            .entry(who.id.clone())
            .or_insert(Rates { cards: Bucket::full(CARD_BURST, now), dots: Bucket::full(DOT_BURST, now) });
        match req {
            Request::Add { .. } => {
                let mine = self.owned.values().filter(|o| **o == who.id).count();
                if mine >= CARDS_PER_PARTICIPANT {
                    return Err(Refusal::with("cardsPerPerson", "max", CARDS_PER_PARTICIPANT as f64));
                }
                if self.owned.len() >= CARDS_PER_SESSION {
                    return Err(Refusal::with("cardsPerSession", "max", CARDS_PER_SESSION as f64));
                }
                if self.rate_limits && !rates.cards.take(now, CARDS_PER_SECOND, CARD_BURST) {
                    return Err(Refusal::with("slowDownCards", "rate", CARDS_PER_SECOND));
                }
            }
            Request::Vote { .. } | Request::Unvote { .. } => {
                if self.rate_limits && !rates.dots.take(now, DOTS_PER_SECOND, DOT_BURST) {
                    return Err(Refusal::with("slowDownDots", "rate", DOTS_PER_SECOND));
                }
            }
        }
        Ok(())
    }

    fn decide(&mut self, who: &Participant, req: &Request, j: &(impl Map + ?Sized)) -> Result<Effect, Refusal> {
        if self.settings.locked {
            return Err(Refusal::new("locked"));
        }
        match req {
            Request::Add { stage, lane, text, .. } => {
                let text = clean(text);
                if text.is_empty() {
                    return Err(Refusal::new("emptyCard"));
                }
                if text.chars().count() > MAX_PARTICIPANT_TEXT.min(MAX_TEXT) {
                    return Err(Refusal::with("cardTooLong", "max", MAX_PARTICIPANT_TEXT as f64));
                }
                if !self.settings.open_lanes.contains(lane) || j.lane(*lane).is_none() {
                    return Err(Refusal::new("laneClosed"));
                }
                if !j.has_stage(*stage) {
                    return Err(Refusal::new("stageGone"));
                }
                let kind = j.lane(*lane).map(|l| l.kind).unwrap_or(LaneKind::Custom);
                let rank = j.last_rank(*stage, *lane).map_or(1.0, |r| r + 1.0);
                let card = Card {
                    id: new_id(),
                    stage: *stage,
                    lane: *lane,
                    rank,
                    text: text.clone(),
                    body: body_for(kind),
                    workshop: CardWorkshop { votes: 0, author: Some(who.name.chars().take(MAX_NAME).collect()), private: self.settings.private_mode },
                };
                self.owned.insert(card.id, who.id.clone());
                let line = format!("added “{text}”{}", if self.settings.private_mode { " (private)" } else { "" });
                Ok(Effect::Edit(Box::new(Edit::AddCard { card }), line))
            }
            Request::Vote { card, .. } => {
                let vote = self.vote.as_mut().ok_or(Refusal::new("noVote"))?;
                let c = j.card(*card).ok_or(Refusal::new("cardGone"))?;
                if vote.lane.is_some_and(|l| l != c.lane) || c.workshop.private {
                    return Err(Refusal::new("notInVote"));
                }
                let mine = vote.ballots.entry(who.id.clone()).or_default();
                if mine.len() as u32 >= vote.dots {
                    return Err(Refusal::with("noDotsLeft", "dots", f64::from(vote.dots)));
                }
                mine.push(*card);
                Ok(Effect::Record(format!("voted for “{}”", c.text)))
            }
            Request::Unvote { card, .. } => {
                let vote = self.vote.as_mut().ok_or(Refusal::new("noVote"))?;
                let mine = vote.ballots.entry(who.id.clone()).or_default();
                let at = mine.iter().position(|c| c == card).ok_or(Refusal::new("noDotThere"))?;
                mine.remove(at);
                Ok(Effect::Record("took a dot back".into()))
            }
        }
    }

    pub fn open_vote(&mut self, lane: Option<Id>, dots: u32) -> Result<(), String> {
        if !(1..=MAX_DOTS).contains(&dots) {
            return Err(format!("Give each person 1 to {MAX_DOTS} dots."));
        }
        self.vote = Some(Vote { lane, dots, ballots: BTreeMap::new() });
        Ok(())
    }

    /// Ends the vote: the tally is written on the cards as one edit (cards in the vote's
    /// scope that got no dot are set to zero, so an earlier vote's numbers do not linger).
    pub fn close_vote(&mut self, j: &Journey) -> Option<Edit> {
        let vote = self.vote.take()?;
        let tally = vote.tally();
        let edits: Vec<Edit> = j
            .cards
            .values()
            .filter(|c| vote.lane.is_none_or(|l| c.lane == l) && !c.workshop.private)
            .filter_map(|c| {
                let votes = tally.get(&c.id).copied().unwrap_or(0);
                (c.workshop.votes != votes).then(|| {
                    let mut card = c.clone();
                    card.workshop.votes = votes;
                    Edit::UpdateCard { card }
                })
            })
            .collect();
        (!edits.is_empty()).then_some(Edit::Batch { edits })
    }

    /// Makes every private card public as one edit; `anonymous` also drops the authors.
    pub fn reveal(&self, j: &Journey, anonymous: bool) -> Option<Edit> {
        let edits: Vec<Edit> = j
            .cards
            .values()
            .filter(|c| c.workshop.private)
            .map(|c| {
                let mut card = c.clone();
                card.workshop.private = false;
                if anonymous {
                    card.workshop.author = None;
                }
                Edit::UpdateCard { card }
            })
            .collect();
        (!edits.is_empty()).then_some(Edit::Batch { edits })
    }

    pub fn set_timer(&mut self, minutes: f64) -> Result<(), String> {
        if !(minutes.is_finite() && minutes > 0.0 && minutes <= 240.0) {
            return Err("Set the timer to between a few seconds and 4 hours.".into());
        }
        let ms = (minutes * 60_000.0).round() as u64;
        self.timer = Timer { duration_ms: ms, ends_at: None, remaining_ms: ms };
        Ok(())
    }

    pub fn start_timer(&mut self) {
        if self.timer.ends_at.is_none() && self.timer.remaining_ms > 0 {
            self.timer.ends_at = Some(now_ms() + self.timer.remaining_ms);
        }
    }

    pub fn pause_timer(&mut self) {
        if let Some(end) = self.timer.ends_at.take() {
            self.timer.remaining_ms = end.saturating_sub(now_ms());
        }
    }

    pub fn extend_timer(&mut self, minutes: f64) {
        let ms = (minutes.clamp(0.0, 60.0) * 60_000.0).round() as u64;
        self.timer.duration_ms += ms;
        match self.timer.ends_at.as_mut() {
            Some(end) => *end = (*end).max(now_ms()) + ms,
            None => self.timer.remaining_ms += ms,
        }
    }

    /// What one participant sees: the map without other people's private cards, their own dots.
    /// Sent whole when they connect (or ask again); `delta_for` and `session_for` follow it.
    pub fn view_for(&self, who: &Participant, j: &(impl Map + ?Sized)) -> serde_json::Value {
        let stages = j.stages();
        let pos: HashMap<Id, usize> = stages.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
        let mut cards: Vec<&Card> = j.cards().filter(|c| self.visible(who, c)).collect();
        // Cards come in id order, so equal ranks stay in id order, as the page sorts them.
        cards.sort_by(|a, b| pos.get(&a.stage).cmp(&pos.get(&b.stage)).then(a.rank.total_cmp(&b.rank)));
        let cards: Vec<serde_json::Value> = cards.iter().map(|c| self.card_view(who, c)).collect();
        let lanes: Vec<serde_json::Value> = lane_refs(j)
            .into_iter()
            .map(|l| serde_json::json!({ "id": l.id, "name": l.name, "open": self.settings.open_lanes.contains(&l.id) }))
            .collect();
        let mut v = serde_json::json!({
            "type": "state",
            "revision": j.revision(),
            "you": { "id": who.id, "name": who.name },
            "journey": { "name": j.name(), "stages": stages, "lanes": lanes },
            "cards": cards,
        });
        v.as_object_mut().expect("an object").extend(self.session_parts(who));
        v
    }

    /// What a journey change means to one participant: the cards they can see that it added or
    /// changed, the ones they could see that it removed (or made private), and the stage and
    /// lane lists or the journey's name when those changed. Nothing else: a change that touches
    /// nothing they see still comes, empty, so their revision follows the journey's.
    pub fn delta_for(&self, who: &Participant, d: &Delta) -> serde_json::Value {
        let mut cards = Vec::new();
        let mut removed = Vec::new();
        for t in &d.cards {
            let before = t.before.as_ref().filter(|c| self.visible(who, c)).map(|c| self.card_view(who, c));
            let after = t.after.as_ref().filter(|c| self.visible(who, c)).map(|c| self.card_view(who, c));
            match (before, after) {
                (before, Some(after)) if before.as_ref() != Some(&after) => cards.push(after),
                (Some(_), None) => removed.push(t.id),
                _ => {}
            }
        }
        let mut m = serde_json::Map::new();
        m.insert("type".into(), "delta".into());
        m.insert("base".into(), d.base.into());
        m.insert("revision".into(), d.revision.into());
        if let Some(name) = &d.name {
            m.insert("name".into(), name.clone().into());
        }
        if let Some(stages) = &d.stages {
            m.insert("stages".into(), serde_json::json!(stages));
        }
        if let Some(lanes) = &d.lanes {
            m.insert("lanes".into(), serde_json::json!(lanes));
        }
        if !cards.is_empty() {
            m.insert("cards".into(), cards.into());
        }
        if !removed.is_empty() {
            m.insert("removed".into(), serde_json::json!(removed));
        }
        serde_json::Value::Object(m)
    }

    /// The session's state as one participant sees it (settings, timer, their dots): small,
    /// and sent whole whenever any of it changes.
    pub fn session_for(&self, who: &Participant) -> serde_json::Value {
        let mut m = serde_json::Map::new();
        m.insert("type".into(), "session".into());
        m.extend(self.session_parts(who));
        serde_json::Value::Object(m)
    }

    fn session_parts(&self, who: &Participant) -> serde_json::Map<String, serde_json::Value> {
        let vote = self.vote.as_ref().map(|v| {
            serde_json::json!({ "lane": v.lane, "dots": v.dots, "mine": v.ballots.get(&who.id).cloned().unwrap_or_default() })
        });
        let settings = serde_json::json!({
            "privateMode": self.settings.private_mode,
            "locked": self.settings.locked,
            "follow": self.settings.follow,
            "openLanes": self.settings.open_lanes,
        });
        let mut m = serde_json::Map::new();
        m.insert("settings".into(), settings);
        m.insert("timer".into(), serde_json::json!(self.timer));
        m.insert("vote".into(), serde_json::json!(vote));
        m
    }

    fn mine(&self, who: &Participant, c: &Card) -> bool {
        self.owned.get(&c.id) == Some(&who.id)
    }

    /// Another participant's private card is not seen, not even its id.
    fn visible(&self, who: &Participant, c: &Card) -> bool {
        !c.workshop.private || self.mine(who, c)
    }

    fn card_view(&self, who: &Participant, c: &Card) -> serde_json::Value {
        serde_json::json!({
            "id": c.id, "stage": c.stage, "lane": c.lane, "rank": c.rank, "text": c.text, "kind": c.kind_name(),
            "votes": c.workshop.votes, "private": c.workshop.private, "mine": self.mine(who, c),
        })
    }

    /// What the facilitator's window shows of the session.
    pub fn facilitator_view(&self) -> FacilitatorView {
        FacilitatorView {
            code: self.code.clone(),
            journey: self.journey,
            participants: self.participants.iter().filter(|p| !p.removed).cloned().collect(),
            settings: self.settings.clone(),
            timer: self.timer.clone(),
            vote: self.vote.as_ref().map(|v| VoteView {
                dots: v.dots,
                lane: v.lane,
                tally: v.tally().into_iter().collect(),
                voters: v.ballots.values().filter(|b| !b.is_empty()).count(),
            }),
        }
    }
}

/// A running session as the facilitator's window shows it (`Server::view`; the `session` of the
/// shell's `SessionView`). Fields in the order of their JSON names, as `json!` wrote them before
/// this was a type.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename = "WorkshopFacilitatorView")]
pub struct FacilitatorView {
    /// The join code participants type (or get from the QR code's address).
    pub code: String,
    pub journey: Id,
    /// Who is in the session now (removed participants are left out, so `removed` is false).
    pub participants: Vec<Participant>,
    pub settings: Settings,
    pub timer: Timer,
    /// The open dot vote, if any.
    pub vote: Option<VoteView>,
}

/// An open dot vote as the facilitator sees it: how many voted, and the dots per card so far.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename = "WorkshopVote")]
pub struct VoteView {
    /// Dots each person may place.
    pub dots: u32,
    /// The lane voted on, or the whole map.
    pub lane: Option<Id>,
    /// (card, dots) for every card with a dot, in card id order.
    pub tally: Vec<(Id, u32)>,
    /// Participants who placed at least one dot.
    pub voters: usize,
}

/// A participant's card is a note, or in a lane of pains, ideas or touchpoints, that kind.
fn body_for(kind: LaneKind) -> CardBody {
    use journey_core::{Opportunity, PainPoint};
    match kind {
        LaneKind::PainPoints => CardBody::PainPoint(PainPoint { severity: 3, frequency: 3, pillar: None, friction: None, short_of: vec![] }),
        LaneKind::Opportunities => CardBody::Opportunity(Opportunity { answers: vec![], loyalty_pillar: None, value: 3, effort: 3, owner: String::new() }),
        LaneKind::Touchpoints | LaneKind::Channels | LaneKind::Frontstage => CardBody::Touchpoint(Touchpoint::default()),
        _ => CardBody::Note,
    }
}

#[cfg(test)]
mod tests;
