//! `journey`: the command-line face of a workspace file, for scripts and other tools.
//!
//! Exit codes are a contract: 0 success, 2 bad usage (clap's own code), 1 with a one-line
//! message on stderr for anything else.

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

use journey_core::{layout, Id};
use journey_store::{Store, StoreError};

#[derive(Parser)]
#[command(name = "journey", version, about = "Inspect and manage Journey Studio workspace files")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create a workspace file holding the bundled sample journey.
    New {
        file: PathBuf,
        /// Create it with no journeys at all.
        #[arg(long)]
        empty: bool,
    },
    /// Print the journeys of a workspace: id and name, one per line.
    List { file: PathBuf },
    /// Print a journey's stages (in grid order) and cards.
    Show {
        file: PathBuf,
        /// Name or id of the journey (default: the first).
        #[arg(long)]
        journey: Option<String>,
    },
    /// Check that a file opens and passes SQLite's integrity check.
    Validate { file: PathBuf },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("journey: {e}");
            ExitCode::from(1)
        }
    }
}

fn run(command: Command) -> Result<(), StoreError> {
    match command {
        Command::New { file, empty } => {
            let store = if empty { Store::create(&file)? } else { Store::create_with_sample(&file)? };
            println!("created {}", store.path().display());
        }
        Command::List { file } => {
            let store = Store::open(&file)?;
            for j in store.journeys()? {
                println!("{}\t{}", j.id, j.name);
            }
        }
        Command::Show { file, journey } => {
            let mut store = Store::open(&file)?;
            let id = find_journey(&store, journey.as_deref())?;
            let (j, revision) = store.journey(id)?;
            println!("{} (revision {revision})", j.name);
            let l = layout(j);
            for col in &l.columns {
                let stage = j.graph.stage(col.stage).expect("layout lists existing stages");
                let phase = stage.phase.as_ref().map(|p| format!(" [{}]", p.label())).unwrap_or_default();
                println!("\n## {}{phase}", stage.name);
                for lane in j.lanes_in_order() {
                    for card in j.cards_in_cell(stage.id, lane.id) {
                        println!("  {:<16} {:<12} {}", lane.name, card.kind_name(), card.text);
                    }
                }
            }
        }
        Command::Validate { file } => {
            let store = Store::open(&file)?;
            let verdict = store.integrity_check()?;
            let n = store.journeys()?.len();
            println!("{}: {n} journey(s), integrity {verdict}", file.display());
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
