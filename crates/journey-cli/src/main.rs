//! `journey`: the command-line face of a workspace file, for scripts and other tools.
//!
//! Exit codes are a contract: 0 success, 2 bad usage (clap's own code), 1 with a one-line
//! message on stderr for anything else.
//!
//! What it says to people (messages, `analyse`'s report, export labels) is in the language of
//! `--lang`, else the system's (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English; machine output
//! (JSON, ids, tab-separated lists, the lines scripts read) and exit codes are the same in every
//! language. `--help` and clap's usage mistakes are said from the catalogs too (`help.rs`); the
//! doc comments below are developer notes, the catalogs' `cli-help-*` what people read.
//! The libraries' refusals are said through journey-api's `ApiError`, the same catalog messages
//! the window shows. Benchmarks' and the crash test's tables are developer output, in English.

mod analysis;
mod bench;
mod help;
mod room;
mod stress;
mod sync;
mod sync_bench;
mod workshop;
mod workshop_bench;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use journey_core::{layout, Id};
use journey_export::{ExportOptions, Format, ImportFormat, Job};
use journey_store::{Store, StoreError, VersionSide};

use journey_api::ApiError;
use journey_core::EditError;
use journey_export::ExportError;
use journey_sync::room::RoomError;
use journey_sync::{ConnectError, InviteError, SyncError};

#[derive(Parser)]
#[command(name = "journey", version, about = "Inspect and manage Journey Studio workspace files")]
struct Cli {
    /// Language of messages, reports and export labels: en, fa, ru, te or tl (default: the
    /// system's, from LC_ALL / LC_MESSAGES / LANG; English when it has no catalog).
    #[arg(long, global = true, value_name = "CODE")]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

/// The language chosen for this run (set once in `main`).
static LANGUAGE: std::sync::OnceLock<journey_i18n::Language> = std::sync::OnceLock::new();

fn language() -> journey_i18n::Language {
    LANGUAGE.get().copied().unwrap_or_default()
}

/// Message `id` of the catalogs in this run's language.
fn t(id: &str, args: &[(&str, journey_i18n::Arg)]) -> String {
    journey_i18n::localizer(language()).format(id, args)
}

/// The language `--lang` names; a code we have no catalog for is a usage mistake, not English.
fn chosen_language(code: &str) -> Result<journey_i18n::Language, String> {
    let l = journey_i18n::negotiate([code]);
    let asked = code.split(['-', '_', '.']).next().unwrap_or("").to_ascii_lowercase();
    if asked == l.code {
        return Ok(l);
    }
    let languages: Vec<&str> = journey_i18n::LANGUAGES.iter().map(|l| l.code).collect();
    Err(t("cli-unknown-language", &[("code", code.into()), ("languages", languages.join(", ").into())]))
}

#[derive(Subcommand)]
enum Command {
    /// Create a workspace file holding the bundled sample journey.
    New {
        file: PathBuf,
        /// Create it with no journeys at all.
        #[arg(long)]
        empty: bool,
        /// Instead of the sample, one generated journey with this many cards (benchmarks).
        #[arg(long, conflicts_with = "empty")]
        cards: Option<usize>,
        /// With --cards: that many stages in a line (a long journey) instead of the sample's.
        #[arg(long, requires = "cards")]
        stages: Option<usize>,
        /// Instead of the sample, one journey from this template (see `journey templates`).
        #[arg(long, conflicts_with_all = ["empty", "cards"])]
        template: Option<String>,
    },
    /// List the bundled templates: id, name, description.
    Templates,
    /// Print the journeys of a workspace: id and name, one per line.
    List { file: PathBuf },
    /// Apply one edit (JSON, as the window sends it and the undo log stores it) through the
    /// store's own path (validated, durable, undoable) and print the store's answer:
    /// `{ revision, canUndo, canRedo, change, skipped }`, the change being the patch a window applies.
    #[command(alias = "apply")]
    Edit {
        file: PathBuf,
        /// The edit as JSON, e.g. '{"type":"removeCard","id":"…"}'.
        edit: String,
        #[arg(long)]
        journey: Option<String>,
        /// Who the change is recorded as (default: $JOURNEY_AUTHOR, else the login name).
        #[arg(long)]
        author: Option<String>,
    },
    /// Bring every change of another copy of this workspace into it (the copy is only read).
    /// Prints what came in and what needs a decision; `--json` prints the merge report.
    Merge {
        ours: PathBuf,
        theirs: PathBuf,
        #[arg(long)]
        json: bool,
        #[arg(long)]
        author: Option<String>,
    },
    /// Undo the journey's last edit; prints the answer as `edit` does.
    Undo {
        file: PathBuf,
        #[arg(long)]
        journey: Option<String>,
    },
    /// Redo the journey's last undone edit; prints the answer as `edit` does.
    Redo {
        file: PathBuf,
        #[arg(long)]
        journey: Option<String>,
    },
    /// Print a journey's stages (in grid order) and cards.
    Show {
        file: PathBuf,
        /// Name or id of the journey (default: the first).
        #[arg(long)]
        journey: Option<String>,
        /// Print the journey as JSON (the export format's journey object) instead.
        #[arg(long)]
        json: bool,
    },
    /// Print what the window draws for a journey: `{ journey, layout, revision, canUndo, canRedo }`
    /// as JSON (the app's `journey_view` answer), for tools and the UI benchmark.
    View {
        file: PathBuf,
        #[arg(long)]
        journey: Option<String>,
    },
    /// Export a journey as svg, png, pdf, html, csv, md, json, mermaid, ojf or xlsx.
    Export {
        file: PathBuf,
        /// Name or id of the journey (default: the first).
        #[arg(long)]
        journey: Option<String>,
        /// The format (default: from the extension of -o).
        #[arg(long)]
        format: Option<String>,
        /// The file to write; it is replaced only when the export is complete.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// PDF pages: fit (one page the size of the map), or a4, a3, letter (tiled at true size).
        #[arg(long, default_value = "fit")]
        page: String,
        /// PNG scale: pixels per map unit (1, 2, 4...).
        #[arg(long, default_value_t = 1.0)]
        scale: f32,
    },
    /// Add the journeys of a JSON, CSV (ours or Lucidchart's), Mermaid, SVG, HTML, OpenJourney
    /// (.ojf) or Excel (.xlsx) file to a workspace (created if missing); prints each new journey's id, and what did not
    /// come in as written on stderr. A bad file changes nothing.
    Import {
        input: PathBuf,
        #[arg(long)]
        into: PathBuf,
        /// json, csv, mermaid, svg, html, ojf, xlsx or lucid (default: from the input's extension;
        /// a .csv with Lucidchart's header is read as Lucidchart's).
        #[arg(long)]
        format: Option<String>,
    },
    /// What the map says: paths and their emotion, structure problems, peak and end, pains by
    /// priority, the pillar heatmap, channel switches, persona gaps (docs/insights.md).
    Analyse {
        file: PathBuf,
        #[arg(long)]
        journey: Option<String>,
        /// Print the full analysis as JSON (shape in docs/insights.md).
        #[arg(long)]
        json: bool,
    },
    /// Print the JSON Schema of the export format (docs/journey.schema.json), or with
    /// --insights of `analyse --json` (docs/insights.schema.json).
    Schema {
        #[arg(long)]
        insights: bool,
    },
    /// Check that a file opens and passes SQLite's integrity check.
    Validate { file: PathBuf },
    /// Named versions of a journey: list, save, or compare one with now.
    Version {
        #[command(subcommand)]
        what: VersionCmd,
    },
    /// Robustness checks (see `journey stress crash --help`).
    Stress {
        #[command(subcommand)]
        what: Stress,
    },
    /// Run a team server: workspaces shared to it sync through it (wss:// with a self-signed
    /// certificate made on first start; prints its address and fingerprint). Stops on SIGTERM.
    Serve {
        /// Where documents, access records and the certificate are kept.
        #[arg(long)]
        data: PathBuf,
        #[arg(long, default_value = "0.0.0.0:7420")]
        listen: String,
        /// Plain ws:// without TLS: only on a loopback address (behind a TLS proxy, or tests).
        #[arg(long)]
        plain: bool,
    },
    /// Share a workspace on a team server (uploads it) and print the invitation teammates join
    /// with. Again without --server: print the invitation; --rotate: a new secret (old
    /// invitations stop working). Exit 3: server unreachable; 4: refused.
    Share {
        file: PathBuf,
        /// wss://host:port (or ws://127.0.0.1:port).
        #[arg(long)]
        server: Option<String>,
        /// The server's certificate fingerprint as `journey serve` printed it (checked).
        #[arg(long)]
        fingerprint: Option<String>,
        #[arg(long, conflicts_with = "server")]
        rotate: bool,
        /// Also write the invitation to this file (.journey-invite).
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long, default_value_t = 60)]
        timeout: u64,
    },
    /// Join a shared workspace: INVITATION is its text or a file holding it (or --room and
    /// --code: a studio accepting the room, as it shows them); makes FILE (new) and syncs it
    /// once. Exit 3: server or room unreachable; 4: refused (revoked, wrong, newer app, wrong code).
    Join {
        #[arg(required_unless_present = "room")]
        invitation: Option<String>,
        /// HOST:PORT of a studio accepting the room (`journey room`, or the window's).
        #[arg(long, requires = "code", conflicts_with = "invitation")]
        room: Option<String>,
        /// The room's code (K7PQ-2MXR).
        #[arg(long, requires = "room")]
        code: Option<String>,
        #[arg(long)]
        into: PathBuf,
        #[arg(long, default_value_t = 60)]
        timeout: u64,
    },
    /// Accept teammates in the room for FILE without a window, until SIGTERM: prints `room
    /// ADDRESS`, `code CODE` and `invitation TEXT`; teammates join with `journey join --room`.
    Room {
        file: PathBuf,
        #[arg(long, default_value = "0.0.0.0:0")]
        listen: String,
        /// Do not announce the room on the local network (mDNS).
        #[arg(long)]
        quiet: bool,
    },
    /// Sync a shared workspace with its server once (until both have everything), or with
    /// --watch until stopped (SIGTERM, Ctrl+C). Exit 3: server unreachable; 4: refused.
    Sync {
        file: PathBuf,
        #[arg(long)]
        watch: bool,
        #[arg(long, default_value_t = 60)]
        timeout: u64,
        #[arg(long)]
        author: Option<String>,
    },
    /// Run a workshop session on a journey from the command line (no window), with the app's
    /// server and limits: prints the join link and the code, opens every lane, takes facilitator
    /// actions as JSON lines on stdin, ends on SIGTERM, Ctrl+C or the end of stdin.
    Workshop {
        file: PathBuf,
        #[arg(long)]
        journey: Option<String>,
        /// Where participants connect: 0.0.0.0:PORT for the room's network, 127.0.0.1:0 for
        /// this computer only on any free port.
        #[arg(long, default_value = "0.0.0.0:0")]
        listen: String,
        /// The facilitator's name (reserved: no participant may join under it).
        #[arg(long)]
        author: Option<String>,
    },
    /// Performance figures (see `journey bench store --help`).
    Bench {
        #[command(subcommand)]
        what: Bench,
    },
}

#[derive(Subcommand)]
enum VersionCmd {
    /// One line per version, newest first: id, time (UTC), cards, name (tab-separated).
    List {
        file: PathBuf,
        #[arg(long)]
        journey: Option<String>,
    },
    /// Save the journey as it is now under NAME; prints the new version's id.
    Save {
        file: PathBuf,
        name: String,
        #[arg(long)]
        journey: Option<String>,
    },
    /// What changed from a version to now, as JSON (cards added, removed, moved, changed,
    /// emotion deltas, stages, lanes, flows).
    Diff {
        file: PathBuf,
        version: uuid::Uuid,
        #[arg(long)]
        journey: Option<String>,
    },
}

#[derive(Subcommand)]
enum Stress {
    /// Kill a writing process at random moments and check that no confirmed edit is lost.
    Crash {
        #[arg(long, default_value_t = 100)]
        trials: u32,
        /// Seed of the random kill moments (default: from the clock; printed).
        #[arg(long)]
        seed: Option<u64>,
        /// Keep the workspace file in this folder instead of a temporary one.
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// The writing child of `crash` (internal).
    #[command(hide = true)]
    Writer {
        file: PathBuf,
        #[arg(long)]
        limit: Option<u64>,
    },
}

#[derive(Subcommand)]
enum Bench {
    /// Simulated participants in a real workshop session over loopback, on the sample and on a
    /// generated journey, with deltas and with the old full snapshots: cards and dots sent and
    /// stored, bytes per broadcast, the time from sending a card to seeing it. A table, then one
    /// JSON line.
    Workshop {
        #[arg(long, default_value_t = 30)]
        participants: usize,
        /// Per run: each journey is run once per delivery.
        #[arg(long, default_value_t = 60)]
        seconds: u64,
        /// Cards of the generated journey run after the sample (0: the sample only).
        #[arg(long, default_value_t = 1000)]
        cards: usize,
        /// Deltas (how sessions work), full snapshots after every change (how they worked
        /// before, the baseline), or both in the same run.
        #[arg(long, value_enum, default_value = "both")]
        delivery: workshop_bench::Deliveries,
    },
    /// A team editing one journey live through a team server on loopback: edits made, seen by
    /// every other studio, lost, whether all converged, and the time from an edit to every
    /// studio having it. A table, then one JSON line.
    Sync {
        #[arg(long, default_value_t = 10)]
        clients: usize,
        #[arg(long, default_value_t = 600)]
        seconds: u64,
        #[arg(long, default_value_t = 1000)]
        cards: usize,
        #[arg(long, default_value_t = 7)]
        seed: u64,
    },
    /// Time of the full analysis (`journey analyse`) for generated journeys, against the
    /// sample in the same run. The last line printed is one JSON object.
    Analyse {
        #[arg(long, value_delimiter = ',', default_value = "1000,10000")]
        sizes: Vec<usize>,
    },
    /// SVG, PNG and PDF of a generated journey, and a PNG of a map 40,000 px wide, against the
    /// 33-card sample in the same run. The last line printed is one JSON object.
    Export {
        #[arg(long, default_value_t = 1000)]
        cards: usize,
        /// Stages of the wide map (236 px each).
        #[arg(long, default_value_t = 170)]
        wide_stages: usize,
        /// Keep the exported files in this (existing) folder.
        #[arg(long)]
        keep: Option<PathBuf>,
    },
    /// Edit and open times for journeys of growing size, against a rewrite-everything baseline.
    /// The last line printed is one JSON object.
    Store {
        #[arg(long, value_delimiter = ',', default_value = "100,1000,10000,100000")]
        sizes: Vec<usize>,
        /// Edits timed per size.
        #[arg(long, default_value_t = 200)]
        edits: usize,
        #[arg(long, default_value_t = 7)]
        seed: u64,
        /// Write the benchmark's files into this (existing, empty) folder and keep them.
        #[arg(long)]
        keep: Option<PathBuf>,
    },
}

/// Any failure: printed as one line, exit code 1.
pub type Failure = Box<dyn std::error::Error>;

/// println! that ends quietly when the reader went away (`journey show | head`).
macro_rules! say {
    ($($arg:tt)*) => {
        if let Err(e) = writeln!(std::io::stdout(), $($arg)*) {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                std::process::exit(0);
            }
            return Err(e.into());
        }
    };
}

/// A usage mistake found after parsing (a bad format name...): exit code 2, like clap's own.
#[derive(Debug)]
struct Usage(String);

impl std::fmt::Display for Usage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Usage {}

fn usage(message: &str) -> Failure {
    Box::new(Usage(message.to_string()))
}

/// The failure as a sentence in this run's language: a library's refusal through the catalog
/// message the window shows for it, anything else as it says itself.
fn sentence(e: Failure) -> String {
    match refusal(e) {
        Ok(refused) => refused.sentence(journey_i18n::localizer(language())),
        Err(e) => e.to_string(),
    }
}

/// The libraries' refusal inside `e` (also inside a `sync::Exit`), as the window receives it.
fn refusal(e: Failure) -> Result<ApiError, Failure> {
    let e = match e.downcast::<sync::Exit>() {
        Ok(exit) => return refusal(exit.1),
        Err(e) => e,
    };
    macro_rules! known {
        ($e:ident: $($t:ty),*) => {{
            $(let $e = match $e.downcast::<$t>() {
                Ok(typed) => return Ok(ApiError::from(*typed)),
                Err(other) => other,
            };)*
            Err($e)
        }};
    }
    known!(e: StoreError, EditError, SyncError, ConnectError, InviteError, RoomError, ExportError, journey_export::ImportError)
}

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    // Help is said before clap parses, so the language comes from argv (or the system).
    let _ = LANGUAGE.set(help::language_of(&args));
    let loc = journey_i18n::localizer(language());
    let parsed = help::localized(Cli::command(), loc).try_get_matches_from(&args).and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind;
            // Help and the version (already in the language) print as clap prints them.
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand) {
                e.exit();
            }
            eprintln!("{}", help::usage_mistake(&e, loc));
            return ExitCode::from(2);
        }
    };
    if let Some(Err(m)) = cli.lang.as_deref().map(chosen_language) {
        eprintln!("{}", t("cli-error", &[("message", m.into())]));
        return ExitCode::from(2);
    }
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let code = if e.is::<Usage>() { 2 } else { e.downcast_ref::<sync::Exit>().map_or(1, |x| x.0) };
            eprintln!("{}", t("cli-error", &[("message", sentence(e).into())]));
            ExitCode::from(code)
        }
    }
}

fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Templates => {
            for t in journey_core::templates::templates() {
                say!("{}\t{}\t{}", t.id, t.name, t.description);
            }
        }
        Command::New { file, template: Some(id), .. } => {
            let tpl = journey_core::templates::template(&id).ok_or_else(|| usage(&t("cli-unknown-template", &[("id", id.as_str().into())])))?;
            let mut store = Store::create(&file)?;
            store.add_journey(&journey_core::templates::instantiate(&tpl.journey, tpl.name))?;
            say!("{}", t("cli-created", &[("path", store.path().display().to_string().into())]));
        }
        Command::New { file, empty, cards, stages, template: None } => {
            let store = match (empty, cards) {
                (true, _) => Store::create(&file)?,
                (false, Some(n)) => {
                    let journey = match stages {
                        Some(s) if s > 0 => journey_core::sample::synthetic_wide_journey(s, n.div_ceil(s)),
                        _ => journey_core::sample::synthetic_journey(n),
                    };
                    let mut store = Store::create(&file)?;
                    store.add_journey(&journey)?;
                    store
                }
                (false, None) => Store::create_with_sample(&file)?,
            };
            say!("{}", t("cli-created", &[("path", store.path().display().to_string().into())]));
        }
        Command::List { file } => {
            let store = Store::open(&file)?;
            for j in store.journeys()? {
                say!("{}\t{}", j.id, j.name);
            }
        }
        Command::Edit { file, edit, journey, author } => {
            let edit: journey_core::Edit = serde_json::from_str(&edit).map_err(|e| usage(&t("cli-edit-invalid", &[("reason", e.to_string().into())])))?;
            let mut store = Store::open(&file)?;
            if let Some(a) = author {
                store.set_author(&a);
            }
            let id = find_journey(&store, journey.as_deref())?;
            say!("{}", serde_json::to_string(&store.apply(id, &edit, None)?)?);
        }
        Command::Merge { ours, theirs, json, author } => {
            let mut store = Store::open(&ours)?;
            if let Some(a) = author {
                store.set_author(&a);
            }
            let report = store.merge_copy(&theirs)?;
            if json {
                say!("{}", serde_json::to_string_pretty(&report)?);
                return Ok(());
            }
            if report.journeys.is_empty() {
                let (ours, theirs) = (ours.display().to_string(), theirs.display().to_string());
                say!("{}", t("cli-merge-nothing-new", &[("ours", ours.into()), ("theirs", theirs.into())]));
            }
            for j in &report.journeys {
                let from: Vec<String> = j.authors.iter().map(|(who, n)| format!("{who} ({n})")).collect();
                let what = if j.added {
                    t("cli-merge-added", &[])
                } else if j.removed {
                    t("cli-merge-removed", &[])
                } else if j.kept_apart {
                    t("cli-merge-kept-apart", &[])
                } else {
                    let authors = journey_i18n::localizer(language()).list(&from);
                    t("cli-merge-changes", &[("count", j.incoming.into()), ("authors", authors.into())])
                };
                say!("{}\t{}: {what}", j.id, j.name);
                for r in &j.repairs {
                    say!(
                        "  {}",
                        t(
                            "cli-merge-needs-decision",
                            &[("sentence", r.said.in_language(language()).into())]
                        )
                    );
                }
            }
        }
        Command::Undo { file, journey } => {
            let mut store = Store::open(&file)?;
            let id = find_journey(&store, journey.as_deref())?;
            say!("{}", serde_json::to_string(&store.undo(id)?)?);
        }
        Command::Redo { file, journey } => {
            let mut store = Store::open(&file)?;
            let id = find_journey(&store, journey.as_deref())?;
            say!("{}", serde_json::to_string(&store.redo(id)?)?);
        }
        Command::Show { file, journey, json } => {
            let mut store = Store::open(&file)?;
            let id = find_journey(&store, journey.as_deref())?;
            let (j, revision) = store.journey(id)?;
            if json {
                say!("{}", serde_json::to_string_pretty(j)?);
                return Ok(());
            }
            say!("{}", t("cli-show-title", &[("name", j.name.as_str().into()), ("revision", revision.into())]));
            let l = layout(j);
            let loc = journey_i18n::localizer(language());
            for col in l.columns_in_reading_order() {
                let stage = j.graph.stage(col.stage).expect("layout lists existing stages");
                let phase = stage.phase.as_ref().map(|p| format!(" [{}]", p.term().text(loc))).unwrap_or_default();
                say!("\n## {}{phase}", stage.name);
                for lane in j.lanes_in_order() {
                    for card in j.cards_in_cell(stage.id, lane.id) {
                        say!("  {:<16} {:<12} {}", lane.name, card.kind_name(), card.text);
                    }
                }
            }
        }
        Command::View { file, journey } => {
            let mut store = Store::open(&file)?;
            let id = find_journey(&store, journey.as_deref())?;
            let (can_undo, can_redo) = store.history(id)?;
            let (j, revision) = store.journey(id)?;
            let view = serde_json::json!({
                "journey": j,
                "layout": layout(j),
                "revision": revision,
                "canUndo": can_undo,
                "canRedo": can_redo,
            });
            say!("{view}");
        }
        Command::Export { file, journey, format, output, page, scale } => {
            let format = match &format {
                Some(f) => Format::parse(f).ok_or_else(|| usage(&t("cli-unknown-export-format", &[("format", f.as_str().into())])))?,
                None => Format::from_path(&output).ok_or_else(|| usage(&t("cli-give-format-export", &[])))?,
            };
            // Checked here as ExportOptions::parse checks them, to say it in the run's language.
            if journey_export::export::parse_pages(&page).is_none() {
                return Err(usage(&t("cli-unknown-page", &[("page", page.as_str().into())])));
            }
            let scales = journey_export::export::SCALES;
            if !(scale.is_finite() && scales.contains(&scale)) {
                let range: [(&str, journey_i18n::Arg); 3] = [("min", scales.start().to_string().into()), ("max", scales.end().to_string().into()), ("scale", scale.to_string().into())];
                return Err(usage(&t("cli-bad-scale", &range)));
            }
            let opts = ExportOptions::parse(format, Some(&page), Some(scale)).map_err(|m| usage(&m))?.in_language(language());
            let mut store = Store::open(&file)?;
            let id = find_journey(&store, journey.as_deref())?;
            let (j, _) = store.journey(id)?;
            journey_export::export_file(j, &opts, &output, &Job::silent())?;
            // The export report (what the format could not hold) goes to stderr, as import notes do.
            for note in journey_export::export_notes(j, format) {
                eprintln!("{}", t("cli-note", &[("file", output.display().to_string().into()), ("note", note.in_language(language()).into())]));
            }
        }
        Command::Import { input, into, format } => {
            let format = match &format {
                Some(f) => ImportFormat::parse(f).ok_or_else(|| usage(&t("cli-unknown-import-format", &[("format", f.as_str().into())])))?,
                None => ImportFormat::from_path(&input).ok_or_else(|| usage(&t("cli-give-format-import", &[])))?,
            };
            let bytes = std::fs::read(&input)
                .map_err(|e| t("cli-cannot-read", &[("file", input.display().to_string().into()), ("reason", e.to_string().into())]))?;
            let (journeys, notes) = journey_export::import_bytes_reported(&bytes, format)
                .map_err(|e| journey_api::ApiError::import_failed(&input.display().to_string(), &e).in_language(language()))?;
            let mut store = if into.exists() { Store::open(&into)? } else { Store::create(&into)? };
            for id in store.import_journeys(&journeys)? {
                say!("{id}");
            }
            // What did not come in as written goes to stderr, so stdout stays the list of ids.
            for note in notes {
                eprintln!("{}", t("cli-note", &[("file", input.display().to_string().into()), ("note", note.in_language(language()).into())]));
            }
        }
        Command::Analyse { file, journey, json } => {
            let mut store = Store::open(&file)?;
            let id = find_journey(&store, journey.as_deref())?;
            let (j, _) = store.journey(id)?;
            let insights = journey_core::insights::analyse(j);
            if json {
                say!("{}", serde_json::to_string_pretty(&insights)?);
                return Ok(());
            }
            say!("{}", analysis::report(j, &insights, journey_i18n::localizer(language())).trim_end());
        }
        Command::Schema { insights } => {
            let schema = if insights { journey_core::insights::json_schema() } else { journey_export::schema::json_schema() };
            say!("{}", schema.trim_end());
        }
        Command::Validate { file } => {
            let store = Store::open(&file)?;
            let verdict = store.integrity_check()?;
            let n = store.journeys()?.len();
            say!("{}", t("cli-validate", &[("file", file.display().to_string().into()), ("count", n.into()), ("verdict", verdict.to_string().into())]));
        }
        Command::Version { what } => match what {
            VersionCmd::List { file, journey } => {
                let store = Store::open(&file)?;
                let id = find_journey(&store, journey.as_deref())?;
                for v in store.versions(id)? {
                    say!("{}\t{}\t{}\t{}", v.id, v.at, v.cards, v.name);
                }
            }
            VersionCmd::Save { file, name, journey } => {
                let mut store = Store::open(&file)?;
                let id = find_journey(&store, journey.as_deref())?;
                say!("{}", store.save_version(id, &name)?.id);
            }
            VersionCmd::Diff { file, version, journey } => {
                let mut store = Store::open(&file)?;
                let id = find_journey(&store, journey.as_deref())?;
                let diff = store.diff(id, VersionSide::Version(version), VersionSide::Now)?;
                say!("{}", serde_json::to_string_pretty(&diff)?);
            }
        },
        Command::Stress { what: Stress::Writer { file, limit } } => stress::writer(&file, limit)?,
        // The crash test's lines are a developer's report (a test reads its summary): English.
        Command::Stress { what: Stress::Crash { trials, seed, dir } } => {
            let seed = seed.unwrap_or_else(|| {
                std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(1)
            });
            say!("crash test: {trials} trials, seed {seed}");
            let report = stress::crash(trials, seed, dir)?;
            for p in &report.problems {
                say!("  {p}");
            }
            say!(
                "{} trials, {} confirmed edits, {} lost, {} problem(s)",
                report.trials,
                report.confirmed,
                report.lost,
                report.problems.len()
            );
            if !report.problems.is_empty() {
                return Err(t("cli-crash-problems", &[("count", report.problems.len().into())]).into());
            }
        }
        Command::Serve { data, listen, plain } => sync::serve(&data, &listen, plain)?,
        Command::Share { file, server, fingerprint, rotate, out, timeout } => {
            say!("{}", sync::share(&file, server.as_deref(), fingerprint.as_deref(), rotate, out.as_deref(), timeout)?);
        }
        Command::Join { room: Some(room), code, into, timeout, .. } => {
            say!("{}", room::join(&room, code.as_deref().unwrap_or_default(), &into, timeout)?)
        }
        Command::Join { invitation, into, timeout, .. } => say!("{}", sync::join(&invitation.unwrap_or_default(), &into, timeout)?),
        Command::Room { file, listen, quiet } => room::host(&file, &listen, !quiet)?,
        Command::Sync { file, watch, timeout, author } => say!("{}", sync::sync(&file, watch, timeout, author.as_deref())?),
        Command::Workshop { file, journey, listen, author } => workshop::host(&file, journey.as_deref(), &listen, author.as_deref())?,
        Command::Bench { what: Bench::Workshop { participants, seconds, cards, delivery } } => {
            say!("{}", workshop_bench::run(participants, seconds, cards, delivery)?);
        }
        Command::Bench { what: Bench::Sync { clients, seconds, cards, seed } } => {
            say!("{}", sync_bench::run(clients, seconds, cards, seed)?);
        }
        Command::Bench { what: Bench::Analyse { sizes } } => say!("{}", bench::analyse(&sizes)),
        Command::Bench { what: Bench::Export { cards, wide_stages, keep } } => {
            say!("{}", bench::export(cards, wide_stages, keep.as_deref())?);
        }
        Command::Bench { what: Bench::Store { sizes, edits, seed, keep } } => {
            if sizes.is_empty() || edits == 0 {
                return Err(t("cli-bench-store-nothing", &[]).into());
            }
            let rows = bench::store(&sizes, edits, seed, keep.as_deref())?;
            say!("{}", bench::print(&rows));
        }
    }
    Ok(())
}

/// Finds a journey by id, exact name, or (when none is given) takes the first.
fn find_journey(store: &Store, wanted: Option<&str>) -> Result<Id, StoreError> {
    let all = store.journeys()?;
    let found = match wanted {
        None => all.first(),
        Some(w) => all.iter().find(|j| j.id.to_string() == w || j.name == w),
    };
    found.map(|j| j.id).ok_or_else(|| StoreError::NoSuchJourney(wanted.and_then(|w| w.parse().ok()).unwrap_or_default()))
}
