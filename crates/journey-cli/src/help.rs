//! `--help` and clap's usage mistakes in the run's language.
//!
//! The derive (`Cli`) still says which subcommands and arguments exist; what they mean comes from
//! the catalogs (`locales/<lang>/cli.ftl`): `cli-help-<path>` for a command's about
//! (`cli-help-journey` for the program, `cli-help-version-list` for `journey version list`),
//! `cli-help-<path>-<arg>` for an argument, else `cli-help-any-<arg>` for one many commands share
//! (`--journey`, `--lang`, `--help`). The doc comments on `Cli` are developer notes; the test
//! `every_command_and_argument_has_its_help_in_the_catalogs` keeps the two in step.
//!
//! The language has to be known before clap parses, so `--lang` is read from argv first.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::Command;
use journey_i18n::{Language, Localizer};

/// The language `--lang X` / `--lang=X` asks for (before `--`), else the system's. A code we
/// have no catalog for is left for `main` to refuse; help meanwhile is in the system's language.
pub fn language_of(args: &[OsString]) -> Language {
    let mut asked = None;
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = args.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            asked = args.next().map(|v| v.into_owned());
        } else if let Some(v) = a.strip_prefix("--lang=") {
            asked = Some(v.to_string());
        }
    }
    asked.and_then(|code| crate::chosen_language(&code).ok()).unwrap_or_else(journey_i18n::system_language)
}

fn id_part(name: &str) -> String {
    name.replace('_', "-").to_ascii_lowercase()
}

/// The message id of a command's about, by its path of names (`[]` for the program).
pub fn about_id(path: &[&str]) -> String {
    if path.is_empty() {
        "cli-help-journey".into()
    } else {
        format!("cli-help-{}", path.join("-"))
    }
}

/// The message ids an argument's help is looked up by, most precise first.
pub fn arg_ids(path: &[&str], arg: &str) -> [String; 2] {
    let command = if path.is_empty() { "journey".to_string() } else { path.join("-") };
    [format!("cli-help-{command}-{}", id_part(arg)), format!("cli-help-any-{}", id_part(arg))]
}

/// `cmd` (the derive's, built) with every about, help and heading from `loc`.
pub fn localized(mut cmd: Command, loc: &Localizer) -> Command {
    cmd.build();
    localize(cmd, &mut Vec::new(), loc)
}

/// clap's own help layout with its "Usage:" in our words.
fn template(loc: &Localizer) -> String {
    format!("{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}", loc.text("cli-help-usage"))
}

fn localize(cmd: Command, path: &mut Vec<String>, loc: &Localizer) -> Command {
    let names: Vec<&str> = path.iter().map(String::as_str).collect();
    let mut cmd = cmd.help_template(template(loc)).subcommand_help_heading(loc.text("cli-help-heading-commands"));
    let about = about_id(&names);
    if loc.has(&about) {
        cmd = cmd.about(loc.text(&about)).long_about(None);
    }
    let (arguments, options) = (loc.text("cli-help-heading-arguments"), loc.text("cli-help-heading-options"));
    cmd = cmd.mut_args(|a| {
        // Under a heading of its own clap sorts positionals by name: keep them in their order.
        let mut a = match a.get_index() {
            Some(index) if a.is_positional() => a.help_heading(arguments.clone()).display_order(index),
            _ => a.help_heading(options.clone()),
        };
        if let Some(id) = arg_ids(&names, a.get_id().as_str()).into_iter().find(|id| loc.has(id)) {
            let text = loc.text(&id);
            let defaults: Vec<String> = a.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
            // clap's "[default: …]" is English: the catalog says it around the help instead.
            a = if defaults.is_empty() || a.is_hide_default_value_set() || !a.get_action().takes_values() {
                a.help(text)
            } else {
                a.help(loc.format("cli-help-default", &[("help", text.into()), ("value", defaults.join(",").into())])).hide_default_value(true)
            };
            a = a.long_help(None);
        }
        a
    });
    for sub in cmd.get_subcommands_mut() {
        let name = sub.get_name().to_string();
        let taken = std::mem::take(sub);
        *sub = if name == "help" {
            // clap's own `help` subcommand: its about only (what is under it are copies).
            taken.about(loc.text("cli-help-help")).help_template(template(loc))
        } else {
            path.push(name);
            let done = localize(taken, path, loc);
            path.pop();
            done
        };
    }
    cmd
}

/// A usage mistake clap found, said in `loc`'s language: what is wrong (naming the argument),
/// the usage line, and where to read more. clap's own rendering is the fallback for kinds it
/// has no sentence for here.
pub fn usage_mistake(e: &clap::Error, loc: &Localizer) -> String {
    let text = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(loc.list(v)),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        Some(other) => Some(other.to_string()),
        None => None,
    };
    let arg = || text(ContextKind::InvalidArg).unwrap_or_default();
    let detail = || {
        let rendered = e.render().to_string();
        let first = rendered.lines().next().unwrap_or_default();
        first.strip_prefix("error: ").unwrap_or(first).to_string()
    };
    let said = match e.kind() {
        ErrorKind::InvalidSubcommand => loc.format("cli-usage-unknown-command", &[("name", text(ContextKind::InvalidSubcommand).unwrap_or_default().into())]),
        ErrorKind::UnknownArgument => loc.format("cli-usage-unknown-argument", &[("argument", arg().into())]),
        ErrorKind::MissingRequiredArgument => loc.format("cli-usage-missing", &[("arguments", arg().into())]),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let value = text(ContextKind::InvalidValue).unwrap_or_default();
            match text(ContextKind::ValidValue) {
                Some(valid) => loc.format("cli-usage-invalid-value-one-of", &[("value", value.into()), ("argument", arg().into()), ("valid", valid.into())]),
                None => loc.format("cli-usage-invalid-value", &[("value", value.into()), ("argument", arg().into())]),
            }
        }
        ErrorKind::ArgumentConflict => {
            let other = text(ContextKind::PriorArg).unwrap_or_default();
            loc.format("cli-usage-conflict", &[("argument", arg().into()), ("other", other.into())])
        }
        ErrorKind::MissingSubcommand => loc.format("cli-usage-missing-command", &[("name", text(ContextKind::InvalidSubcommand).unwrap_or_default().into())]),
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            loc.format("cli-usage-number-of-values", &[("argument", arg().into()), ("detail", detail().into())])
        }
        _ => loc.format("cli-usage-other", &[("detail", detail().into())]),
    };
    let mut lines = vec![loc.format("cli-error", &[("message", said.into())])];
    let suggested = text(ContextKind::SuggestedSubcommand).or_else(|| text(ContextKind::SuggestedArg));
    if let Some(s) = suggested {
        lines.push(loc.format("cli-usage-did-you-mean", &[("suggestion", s.into())]));
    }
    if let Some(usage) = text(ContextKind::Usage) {
        let usage = usage.trim();
        let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim();
        lines.push(format!("{} {usage}", loc.text("cli-help-usage")));
        // The command's own words of the usage line ("journey export"), for `--help`.
        let command: Vec<&str> = usage.split_whitespace().take_while(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-') && !w.starts_with('-')).collect();
        lines.push(loc.format("cli-usage-more", &[("command", command.join(" ").into())]));
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Every visible command and argument, with its path: what `--help` shows.
    fn walk(cmd: &Command, path: &mut Vec<String>, out: &mut Vec<(Vec<String>, Option<String>)>) {
        out.push((path.clone(), None));
        for a in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            out.push((path.clone(), Some(a.get_id().to_string())));
        }
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set() && s.get_name() != "help") {
            path.push(sub.get_name().to_string());
            walk(sub, path, out);
            path.pop();
        }
    }

    #[test]
    fn every_command_and_argument_has_its_help_in_the_catalogs() {
        let mut cmd = crate::Cli::command();
        cmd.build();
        let mut all = Vec::new();
        walk(&cmd, &mut Vec::new(), &mut all);
        let en = journey_i18n::english_localizer();
        let mut used = std::collections::BTreeSet::new();
        let mut missing = vec![];
        for (path, arg) in &all {
            let names: Vec<&str> = path.iter().map(String::as_str).collect();
            let ids = match arg {
                None => vec![about_id(&names)],
                Some(a) => arg_ids(&names, a).to_vec(),
            };
            match ids.iter().find(|id| en.has(id)) {
                Some(id) => {
                    used.insert(id.clone());
                }
                None => missing.push(format!("{path:?} {arg:?}: none of {ids:?}")),
            }
        }
        assert!(missing.is_empty(), "help without a message in locales/en/cli.ftl:\n{}", missing.join("\n"));
        // And no message is left over from a command or argument that is gone.
        let (_, english) = journey_i18n::SOURCES[0];
        let file = journey_i18n::FILES.iter().position(|f| *f == "cli").expect("cli.ftl is a catalog file");
        let words = ["cli-help-usage", "cli-help-default", "cli-help-help"];
        let stale: Vec<String> = journey_i18n::message_ids(english[file])
            .into_iter()
            .filter(|id| id.starts_with("cli-help-") && !id.starts_with("cli-help-heading-") && !words.contains(&id.as_str()) && !used.contains(id))
            .collect();
        assert!(stale.is_empty(), "messages no command or argument uses: {stale:?}");
    }

    #[test]
    fn lang_is_read_from_argv_before_parsing() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(language_of(&args(&["journey", "--lang", "fa", "export", "--help"])).code, "fa");
        assert_eq!(language_of(&args(&["journey", "export", "--help", "--lang=te"])).code, "te");
        // After `--` it is a file name, not an option.
        let after = language_of(&args(&["journey", "list", "--", "--lang", "ru"]));
        assert_eq!(after, journey_i18n::system_language());
    }
}
