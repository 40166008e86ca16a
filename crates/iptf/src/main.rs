//! `iptf`: the IPTF Hub binary. `serve` runs the hub (and its background worker);
//! `migrate`, `seed`, `admin create` and `check-config` are the operator's tools.

mod config;
mod demo_brokerage;
mod demo_challenges;
mod demo_resources;
mod seed;
mod seed_challenges;
mod seed_events;

use anyhow::Context;
use clap::{Parser, Subcommand};
use config::{Config, Overrides};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "iptf", version, about = "IPTF Hub: the platform of the Innovation Procurement Task Force")]
struct Cli {
    /// TOML configuration file (default: ./iptf.toml if present).
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    /// Address to listen on [env: IPTF_BIND] (default 127.0.0.1:8080).
    #[arg(long, global = true)]
    bind: Option<String>,
    /// Folder for the embedded database, mail and key [env: IPTF_DATA_DIR] (default ./data).
    #[arg(long, global = true)]
    data_dir: Option<PathBuf>,
    /// sqlite://PATH or postgres://USER@HOST/DB [env: IPTF_DATABASE_URL].
    #[arg(long, global = true)]
    database_url: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the hub: migrate the database, start the worker, serve HTTP.
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Rebuild this process's search index from the database (stop the hub first: one
    /// process writes an index at a time).
    Reindex,
    /// Fill the database with data.
    Seed {
        /// The task force's member initiatives and a few demo organisations and users.
        #[arg(long)]
        demo: bool,
        /// Generated organisations and users for benchmarks: N of each.
        #[arg(long, value_name = "N")]
        synthetic: Option<u32>,
        /// Generated people with public profiles (some fields shown, some kept private).
        #[arg(long, value_name = "M")]
        people: Option<u32>,
        /// A working group whose first K users (from --synthetic) are members who follow
        /// one thread, and an API token for one of them (the reply fan-out benchmark).
        #[arg(long, value_name = "K")]
        group_followers: Option<u32>,
        /// Generated published resources in five languages (the search benchmark).
        #[arg(long, value_name = "R")]
        resources: Option<u32>,
        /// Generated published events of the member initiatives, a fifth of them past (the
        /// events benchmark); with --registrations, registrations of the first users.
        #[arg(long, value_name = "E")]
        events: Option<u32>,
        /// With --events: this many registrations in all, spread over the events.
        #[arg(long, value_name = "R", default_value_t = 0)]
        registrations: u32,
        /// One popular event and K people with API tokens, written one a line to
        /// crowd-tokens.txt in the data folder (the registration benchmark).
        #[arg(long, value_name = "K")]
        event_crowd: Option<u32>,
        /// With --event-crowd: the popular event's seats.
        #[arg(long, value_name = "S", default_value_t = 1000)]
        seats: i64,
        /// Generated open challenges of the approved public buyers (the matching benchmark).
        #[arg(long, value_name = "C")]
        challenges: Option<u32>,
        /// With --challenges: generated published solutions of the approved suppliers.
        #[arg(long, value_name = "S", default_value_t = 0)]
        solutions: u32,
    },
    /// Schedule brokerage meetings: reads an instance (slots, participants, meetings) as
    /// JSON and writes the schedule as JSON on stdout; an invalid instance is refused with
    /// every problem listed (exit 2). See domain::scheduler for the method and the bound.
    Schedule {
        #[arg(long, value_name = "FILE.json")]
        instance: std::path::PathBuf,
        /// Time allowed to the search; it stops sooner when nothing can improve.
        #[arg(long, value_name = "S", default_value_t = 10.0)]
        seconds: f64,
        /// Seed of the search's random choices (same seed, same instance, same schedule
        /// when the time is not the limit).
        #[arg(long, value_name = "N", default_value_t = 0)]
        seed: u64,
    },
    /// Manage administrators.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Check the configuration and the database connection, then exit.
    CheckConfig,
    /// Print the API's OpenAPI document (JSON) and exit.
    Openapi,
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create an administrator account, or with --promote make an existing one administrator.
    Create {
        #[arg(long)]
        email: String,
        /// The new account's name (not needed with --promote).
        #[arg(long, required_unless_present = "promote")]
        name: Option<String>,
        /// Read the password from the first line of standard input instead of a prompt.
        #[arg(long, conflicts_with = "promote")]
        password_stdin: bool,
        /// Make the existing, confirmed account with this address an administrator; it
        /// keeps its own password.
        #[arg(long)]
        promote: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let overrides =
        Overrides { bind: cli.bind.clone(), data_dir: cli.data_dir.clone(), database_url: cli.database_url.clone() };
    let config = match Config::load(cli.config.as_deref(), &overrides) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e:#}");
            return ExitCode::from(2);
        }
    };
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(format!("{},sqlx=warn", config.log))),
        )
        .with_target(false)
        .init();
    let rt = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match rt.block_on(run(cli.command, config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn open_db(config: &Config) -> anyhow::Result<store::Db> {
    let db = store::Db::connect(&config.database_url()).await?;
    db.migrate().await?;
    Ok(db)
}

async fn run(command: Command, config: Config) -> anyhow::Result<()> {
    match command {
        Command::Serve => serve(config).await,
        Command::Migrate => {
            open_db(&config).await?;
            println!("database is up to date");
            Ok(())
        }
        Command::Reindex => {
            let db = open_db(&config).await?;
            let state = web::AppState::new(db, config.web()?)
                .context("cannot open the search index (is the hub running on this data folder? stop it first)")?;
            let start = std::time::Instant::now();
            let n = state
                .search
                .rebuild(&state, |done, total| seed::progress("reindex", done as u32, total as u32))
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            println!("indexed {n} items in {:.1} s", start.elapsed().as_secs_f64());
            Ok(())
        }
        Command::Openapi => {
            println!("{}", serde_json::to_string_pretty(&web::api::document())?);
            Ok(())
        }
        Command::CheckConfig => {
            config.web()?;
            open_db(&config).await?;
            println!("configuration and database are fine");
            Ok(())
        }
        Command::Seed {
            demo,
            synthetic,
            people,
            group_followers,
            resources,
            events,
            registrations,
            event_crowd,
            seats,
            challenges,
            solutions,
        } => {
            if !demo
                && synthetic.is_none()
                && people.is_none()
                && group_followers.is_none()
                && resources.is_none()
                && events.is_none()
                && event_crowd.is_none()
                && challenges.is_none()
            {
                anyhow::bail!(
                    "say what to seed: --demo, --synthetic N, --people M, --group-followers K, --resources R, --events E, --event-crowd K and/or --challenges C"
                );
            }
            let db = open_db(&config).await?;
            if demo {
                seed::demo(&db).await?;
            }
            if let Some(n) = synthetic {
                seed::synthetic(&db, n).await?;
            }
            if let Some(m) = people {
                seed::synthetic_people(&db, m).await?;
            }
            if let Some(k) = group_followers {
                seed::bench_group(&db, k).await?;
            }
            if let Some(r) = resources {
                seed::synthetic_resources(&db, r).await?;
            }
            if let Some(e) = events {
                seed_events::events(&db, e, registrations).await?;
            }
            if let Some(k) = event_crowd {
                seed_events::crowd(&db, k, seats, &config.data_dir.join("crowd-tokens.txt")).await?;
            }
            if let Some(c) = challenges {
                seed_challenges::challenges_and_solutions(&db, c, solutions).await?;
            }
            Ok(())
        }
        Command::Schedule { instance, seconds, seed } => {
            let text = std::fs::read_to_string(&instance)
                .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", instance.display()))?;
            let inst: domain::scheduler::Instance = serde_json::from_str(&text)
                .map_err(|e| anyhow::anyhow!("{} is not an instance: {e}", instance.display()))?;
            match domain::scheduler::schedule_with(&inst, domain::scheduler::Options { seconds, seed }) {
                Ok(s) => {
                    println!("{}", serde_json::to_string_pretty(&s)?);
                    Ok(())
                }
                Err(problems) => {
                    eprintln!("{}", serde_json::to_string_pretty(&serde_json::json!({ "errors": problems }))?);
                    std::process::exit(2);
                }
            }
        }
        Command::Admin { command: AdminCommand::Create { email, name, password_stdin, promote } } => {
            let db = open_db(&config).await?;
            let password = if promote {
                String::new()
            } else if password_stdin {
                let mut line = String::new();
                std::io::stdin().lock().read_line(&mut line)?;
                line.trim_end_matches(['\r', '\n']).to_owned()
            } else {
                rpassword::prompt_password("Password (12 characters or more): ")?
            };
            let name = name.unwrap_or_default();
            match seed::create_admin(&db, &email, &name, &password, promote).await? {
                seed::AdminOutcome::Created => println!("created the administrator account {email}"),
                seed::AdminOutcome::Promoted => {
                    println!("promoted the existing account {email} to administrator (its password is unchanged)")
                }
                seed::AdminOutcome::AlreadyAdmin => println!("{email} is an administrator already; nothing changed"),
            }
            Ok(())
        }
    }
}

/// On an empty hub, asks at the terminal for the first administrator.
async fn first_run_prompt(db: &store::Db) -> anyhow::Result<()> {
    if db.count_admins().await? > 0 {
        return Ok(());
    }
    if !std::io::stdin().is_terminal() {
        tracing::warn!("the hub has no administrator yet: create one with `iptf admin create --email ... --name ...`");
        return Ok(());
    }
    print!("The hub has no administrator yet. Create one now? [y/N] ");
    std::io::stdout().flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    if !answer.trim().eq_ignore_ascii_case("y") {
        println!("Later: iptf admin create --email ... --name ...");
        return Ok(());
    }
    let ask = |q: &str| -> anyhow::Result<String> {
        print!("{q}: ");
        std::io::stdout().flush()?;
        let mut s = String::new();
        std::io::stdin().lock().read_line(&mut s)?;
        Ok(s.trim().to_owned())
    };
    let email = ask("E-mail")?;
    let name = ask("Name")?;
    let password = rpassword::prompt_password("Password (12 characters or more): ")?;
    match seed::create_admin(db, &email, &name, &password, false).await {
        Ok(_) => println!("created the administrator account {email}"),
        Err(e) => println!("Not created: {e:#}. Later: iptf admin create --email ... --name ..."),
    }
    Ok(())
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let addr = config.bind_addr()?;
    let web_config = config.web()?;
    let db = open_db(&config).await?;
    first_run_prompt(&db).await?;
    let run_worker = web_config.run_worker;
    let public_url = web_config.public_url.clone();
    let state = web::AppState::new(db.clone(), web_config)?;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("cannot listen on {addr} (is the port in use?)"))?;
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let worker = run_worker.then(|| tokio::spawn(web::jobs::worker(state.clone(), stop_rx)));
    // The search index catches up with what other processes wrote, every second.
    web::find::spawn_tailer(state.clone());
    web::matcher::warm(state.clone());
    tracing::info!(%addr, %public_url, "IPTF Hub is listening");
    println!("IPTF Hub is running at {public_url} (Ctrl-C to stop)");
    web::serve(listener, state, shutdown_signal()).await?;
    let _ = stop_tx.send(true);
    if let Some(w) = worker {
        let _ = w.await;
    }
    db.close().await;
    Ok(())
}

/// Ctrl-C, or SIGTERM from a process manager.
async fn shutdown_signal() {
    let term = async {
        #[cfg(unix)]
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
        #[cfg(not(unix))]
        std::future::pending::<()>().await;
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term => {}
    }
    tracing::info!("shutting down");
}
