//! `scamwatch cluster-demo`: cluster mode on one machine, from nothing to a summary.
//!
//! It starts a `nats-server -js` and a `redis-server` (found on `PATH`) on free loopback ports
//! in a scratch directory, then the roles as separate processes of this same binary — one
//! `ingest`, `workers` × `worker`, one `deliver` (into a JSONL file) — on the bundled July 2020
//! sample or a seeded firehose takeover stream; waits until every post is decided (each
//! partition's committed sequence has reached the last post of its subject) and the deliver
//! role has every record; prints what happened; and stops everything (`SIGTERM`, then the
//! servers) and deletes the directory. What it runs is what docs/cluster.md describes for a
//! deployment, with the same configuration file for every role (written into the directory).

use std::collections::BTreeMap;
use std::fmt;
use std::io::Write;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::service::cluster::ClusterConfig;

/// What to run.
#[derive(Clone, Debug)]
pub struct ClusterDemoOptions {
    /// The `scamwatch` binary the roles run (this one).
    pub exe: PathBuf,
    pub rules: PathBuf,
    pub models: Option<PathBuf>,
    pub workers: usize,
    pub partitions: u32,
    /// A seeded firehose takeover stream of this many lines instead of the bundled sample.
    pub firehose: Option<u64>,
    pub seed: u64,
    /// Give up when the posts are not all decided by then.
    pub timeout: Duration,
    /// Leave the scratch directory (logs, configuration, records) in place.
    pub keep: bool,
}

/// Why the demo could not run.
#[derive(Debug, thiserror::Error)]
pub enum ClusterDemoError {
    #[error(
        "`{0}` not found on PATH (nor in /usr/sbin, /usr/local/sbin): install it (Debian: `apt-get install nats-server redis-server`)"
    )]
    Missing(&'static str),
    #[error("the rules or model do not load:\n  {}", .0.messages().join("\n  "))]
    Detection(crate::detect::load::LoadError),
    #[error("{what}: {source}")]
    Io {
        what: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{what} exited ({status}); its log ends with:\n{log}")]
    Exited {
        what: String,
        status: std::process::ExitStatus,
        log: String,
    },
    #[error("{0} did not start listening within 20 s")]
    NoListener(&'static str),
    #[error("not every post was decided within {secs} s ({detail})")]
    Timeout { secs: u64, detail: String },
    #[error("interrupted")]
    Interrupted,
    #[error(transparent)]
    Cluster(#[from] crate::service::cluster::ClusterError),
}

fn io(what: impl Into<String>) -> impl FnOnce(std::io::Error) -> ClusterDemoError {
    let what = what.into();
    move |source| ClusterDemoError::Io { what, source }
}

/// What the demo saw.
#[derive(Clone, Debug, Default)]
pub struct ClusterDemoSummary {
    pub input: String,
    /// Inputs (posts and account events) in the stream.
    pub posts: u64,
    pub records_by_kind: BTreeMap<String, u64>,
    pub alerts_by_action: BTreeMap<String, u64>,
    pub workers: Vec<WorkerSummary>,
    pub took: Duration,
    /// The scratch directory, when kept.
    pub kept: Option<PathBuf>,
}

/// One worker at the end of the run.
#[derive(Clone, Debug, Default)]
pub struct WorkerSummary {
    pub pid: u32,
    /// The partitions whose lease it held at the end.
    pub partitions: Vec<u32>,
    /// Posts it decided (its `scamwatch_posts_processed_total`).
    pub posts: u64,
}

impl fmt::Display for ClusterDemoSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "cluster-demo: {} posts and account events of {} decided by {} workers in {:.1} s",
            self.posts,
            self.input,
            self.workers.len(),
            self.took.as_secs_f64()
        )?;
        let list = |m: &BTreeMap<String, u64>| {
            m.iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        writeln!(
            f,
            "records by kind: {} (total {})",
            list(&self.records_by_kind),
            self.records_by_kind.values().sum::<u64>()
        )?;
        writeln!(f, "alerts by action: {}", list(&self.alerts_by_action))?;
        for (n, w) in self.workers.iter().enumerate() {
            let parts = w
                .partitions
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(",");
            writeln!(
                f,
                "worker {} (pid {}): partitions {{{parts}}}, {} posts decided",
                n + 1,
                w.pid,
                w.posts
            )?;
        }
        if let Some(dir) = &self.kept {
            writeln!(f, "kept: {}", dir.display())?;
        }
        Ok(())
    }
}

/// A child process, killed if still running when dropped.
struct Proc {
    name: String,
    child: Child,
    log: PathBuf,
}

impl Proc {
    fn spawn(
        name: impl Into<String>,
        mut cmd: Command,
        dir: &Path,
        stdout: Option<&Path>,
    ) -> Result<Proc, ClusterDemoError> {
        let name = name.into();
        let log = dir.join(format!("{}.log", name.replace(' ', "-")));
        let err = std::fs::File::create(&log).map_err(io(format!("creating {}", log.display())))?;
        let out = match stdout {
            Some(p) => Stdio::from(
                std::fs::File::create(p).map_err(io(format!("creating {}", p.display())))?,
            ),
            None => Stdio::from(err.try_clone().map_err(io("a log file"))?),
        };
        // A process group of its own: Ctrl-C reaches the demo alone, which stops the others
        // in order (roles, then servers) and deletes the directory.
        let child = std::os::unix::process::CommandExt::process_group(&mut cmd, 0)
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(Stdio::from(err))
            .spawn()
            .map_err(io(format!("starting {name}")))?;
        Ok(Proc { name, child, log })
    }

    /// An error if it has exited (with the end of its log).
    fn check_running(&mut self) -> Result<(), ClusterDemoError> {
        match self.child.try_wait() {
            Ok(Some(status)) => Err(self.exited(status)),
            _ => Ok(()),
        }
    }

    fn exited(&self, status: std::process::ExitStatus) -> ClusterDemoError {
        let log = std::fs::read_to_string(&self.log).unwrap_or_default();
        let tail: Vec<&str> = log.lines().rev().take(8).collect();
        ClusterDemoError::Exited {
            what: self.name.clone(),
            status,
            log: tail.into_iter().rev().collect::<Vec<_>>().join("\n"),
        }
    }

    /// `SIGTERM`, then up to 10 s to exit, then `SIGKILL`.
    async fn stop(&mut self) {
        if matches!(self.child.try_wait(), Ok(Some(_))) {
            return;
        }
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .stderr(Stdio::null())
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        tracing::warn!(process = %self.name, "did not stop on SIGTERM: killed");
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        if !matches!(self.child.try_wait(), Ok(Some(_))) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The scratch directory, deleted when dropped unless kept.
struct Scratch {
    dir: PathBuf,
    keep: bool,
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if !self.keep {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// A server binary on `PATH`, or where Debian installs daemons (`/usr/sbin`, often not on a
/// user's `PATH`).
fn find_binary(name: &'static str) -> Result<PathBuf, ClusterDemoError> {
    let dirs = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&dirs)
        .chain([PathBuf::from("/usr/sbin"), PathBuf::from("/usr/local/sbin")])
        .map(|d| d.join(name))
        .find(|p| p.is_file())
        .ok_or(ClusterDemoError::Missing(name))
}

/// A port free on 127.0.0.1 now (the server binds it a moment later).
fn free_port() -> Result<u16, ClusterDemoError> {
    Ok(TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(io("finding a free port"))?
        .port())
}

/// Waits until `port` accepts connections (or the process exits).
async fn wait_listening(
    p: &mut Proc,
    port: u16,
    what: &'static str,
) -> Result<(), ClusterDemoError> {
    let deadline = Instant::now() + Duration::from_secs(20);
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    while Instant::now() < deadline {
        p.check_running()?;
        if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    Err(ClusterDemoError::NoListener(what))
}

/// Runs the demo; progress lines go to `progress`.
///
/// # Errors
/// A server binary missing, rules that do not load, a process that exits early, posts not all
/// decided within `timeout`, Ctrl-C.
pub async fn run(
    opts: ClusterDemoOptions,
    progress: &mut (impl Write + Send),
) -> Result<ClusterDemoSummary, ClusterDemoError> {
    let started = Instant::now();
    let nats_bin = find_binary("nats-server")?;
    let redis_bin = find_binary("redis-server")?;
    crate::detect::load::load(&opts.rules, opts.models.as_deref())
        .map_err(ClusterDemoError::Detection)?;
    let interrupted = crate::service::shutdown::on_signals().map_err(io("signal handlers"))?;

    let dir = std::env::temp_dir().join(format!(
        "scamwatch-cluster-demo-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis())
    ));
    std::fs::create_dir_all(dir.join("jetstream"))
        .map_err(io(format!("creating {}", dir.display())))?;
    std::fs::create_dir_all(dir.join("redis")).map_err(io("creating the Redis directory"))?;
    let scratch = Scratch {
        dir: dir.clone(),
        keep: opts.keep,
    };
    let say = |progress: &mut dyn Write, line: String| {
        let _ = writeln!(progress, "cluster-demo: {line}");
    };

    // The servers.
    let (nats_port, redis_port) = (free_port()?, free_port()?);
    let mut cmd = Command::new(&nats_bin);
    cmd.args([
        "-js",
        "-a",
        "127.0.0.1",
        "-p",
        &nats_port.to_string(),
        "-sd",
    ])
    .arg(dir.join("jetstream"));
    let mut nats = Proc::spawn("nats-server", cmd, &dir, None)?;
    let mut cmd = Command::new(&redis_bin);
    cmd.args([
        "--port",
        &redis_port.to_string(),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
    ])
    .args(["--appendonly", "yes", "--dir"])
    .arg(dir.join("redis"));
    let mut redis = Proc::spawn("redis-server", cmd, &dir, None)?;
    wait_listening(&mut nats, nats_port, "nats-server").await?;
    wait_listening(&mut redis, redis_port, "redis-server").await?;
    say(
        progress,
        format!(
            "nats-server -js on 127.0.0.1:{nats_port}, redis-server on 127.0.0.1:{redis_port}, in {}",
            dir.display()
        ),
    );

    // One configuration for every role.
    let cwd = std::env::current_dir().map_err(io("the current directory"))?;
    let records_path = dir.join("records.jsonl");
    let cluster = ClusterConfig {
        nats_url: format!("nats://127.0.0.1:{nats_port}"),
        redis_url: format!("redis://127.0.0.1:{redis_port}"),
        partitions: opts.partitions,
        ..ClusterConfig::default()
    };
    cluster
        .validate()
        .map_err(|e| ClusterDemoError::Cluster(crate::service::cluster::ClusterError::Config(e)))?;
    let models = opts
        .models
        .as_ref()
        .map_or(String::new(), |m| format!("models = {:?}\n", cwd.join(m)));
    let config = dir.join("scamwatch.toml");
    std::fs::write(
        &config,
        format!(
            "[detector]\nrules = {:?}\n{models}\n[state]\ndata_dir = {:?}\n\n[jsonl]\npath = {:?}\n\n\
             [cluster]\nnats_url = {:?}\nredis_url = {:?}\npartitions = {}\n\
             metrics_listen = \"127.0.0.1:0\"\nmetrics_auth = \"none\"\n",
            cwd.join(&opts.rules),
            dir.join("deliver-data"),
            records_path,
            cluster.nats_url,
            cluster.redis_url,
            cluster.partitions,
        ),
    )
    .map_err(io("writing the configuration"))?;

    // The input.
    let input = dir.join("input.jsonl");
    let input_name = match opts.firehose {
        None => {
            std::fs::write(&input, crate::synth::SAMPLE).map_err(io("writing the sample"))?;
            "the bundled July 2020 sample".to_string()
        }
        Some(count) => {
            let synth = crate::synth::generator::Config {
                seed: opts.seed,
                scenario: crate::synth::generator::Scenario::Takeover,
                ..crate::synth::generator::Config::default()
            };
            let mut out = std::io::BufWriter::new(
                std::fs::File::create(&input).map_err(io("writing the stream"))?,
            );
            crate::synth::firehose::write_lines(&synth, count, &mut out)
                .and_then(|()| out.flush())
                .map_err(io("writing the stream"))?;
            format!(
                "a firehose takeover stream (seed {}, {count} lines)",
                opts.seed
            )
        }
    };

    // The roles.
    let role = |args: &[&str]| {
        let mut c = Command::new(&opts.exe);
        c.args(args)
            .arg("--config")
            .arg(&config)
            .env("SCAMWATCH_LOG", "info");
        c
    };
    let mut workers = Vec::new();
    for n in 1..=opts.workers {
        let out = dir.join(format!("worker-{n}.out"));
        workers.push((
            Proc::spawn(format!("worker {n}"), role(&["worker"]), &dir, Some(&out))?,
            out,
        ));
    }
    let deliver_out = dir.join("deliver.out");
    let mut deliver = Proc::spawn("deliver", role(&["deliver"]), &dir, Some(&deliver_out))?;
    let js = crate::service::cluster::jetstream(&cluster).await?;
    let mut conn = crate::service::cluster::redis(&cluster).await?;
    // The first worker up claims every partition; as the others join, it gives back those
    // past its fair share. The ingest starts once they are spread, so that the summary shows
    // the partitions decided side by side (the cluster works without waiting, too).
    let spread = opts.workers.min(opts.partitions as usize);
    let balance_deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if interrupted.is_cancelled() {
            return Err(ClusterDemoError::Interrupted);
        }
        for (w, _) in &mut workers {
            w.check_running()?;
        }
        let owners = partition_owners(&mut conn, &cluster).await;
        let held: usize = owners.values().map(Vec::len).sum();
        if held == cluster.partitions as usize && owners.len() >= spread {
            say(
                progress,
                format!("{} partitions spread over {} workers", held, owners.len()),
            );
            break;
        }
        if Instant::now() > balance_deadline {
            say(
                progress,
                "the partitions are not spread yet after 30 s: ingesting anyway".into(),
            );
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut ingest_cmd = role(&["ingest"]);
    ingest_cmd.arg(&input);
    let mut ingest = Proc::spawn("ingest", ingest_cmd, &dir, None)?;
    say(
        progress,
        format!(
            "ingest of {input_name}, {} workers, deliver into {}",
            opts.workers,
            records_path.display()
        ),
    );

    let deadline = started + opts.timeout;
    let cursor_file = dir.join("deliver-data/deliver/deliver-jsonl.cursor");
    let mut ingest_done = false;
    let mut said = u32::MAX;
    let posts = loop {
        if interrupted.is_cancelled() {
            return Err(ClusterDemoError::Interrupted);
        }
        if !ingest_done {
            match ingest.child.try_wait() {
                Ok(Some(s)) if s.success() => ingest_done = true,
                Ok(Some(s)) => return Err(ingest.exited(s)),
                _ => {}
            }
        }
        for (w, _) in &mut workers {
            w.check_running()?;
        }
        deliver.check_running()?;
        let state = progress_state(&js, &mut conn, &cluster, &cursor_file).await;
        let line = format!(
            "{} inputs in the stream; {} of {} partitions decided to their last post; {} of {} records delivered",
            state.posts, state.partitions_done, state.partitions, state.delivered, state.records
        );
        if ingest_done && state.partitions_done != said {
            say(progress, line.clone());
            said = state.partitions_done;
        }
        if ingest_done && state.complete() {
            break state.posts;
        }
        if Instant::now() > deadline {
            return Err(ClusterDemoError::Timeout {
                secs: opts.timeout.as_secs(),
                detail: line,
            });
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };

    // What happened.
    let mut summary = ClusterDemoSummary {
        input: input_name,
        posts,
        ..ClusterDemoSummary::default()
    };
    let records = std::fs::read_to_string(&records_path).map_err(io("reading the records"))?;
    for line in records.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
        let kind = v["kind"].as_str().unwrap_or("?").to_string();
        if kind == "alert" {
            let action = v["action"].as_str().unwrap_or("?").to_string();
            *summary.alerts_by_action.entry(action).or_default() += 1;
        }
        *summary.records_by_kind.entry(kind).or_default() += 1;
    }
    let mut owners = partition_owners(&mut conn, &cluster).await;
    for (w, out) in &workers {
        let pid = w.child.id();
        let posts = metrics_addr(out)
            .and_then(|addr| http_get(&addr, "/metrics"))
            .map_or(0, |page| {
                metric(&page, "scamwatch_posts_processed_total") as u64
            });
        summary.workers.push(WorkerSummary {
            pid,
            partitions: owners.remove(&pid).unwrap_or_default(),
            posts,
        });
    }

    // Stop: the roles first (they give their leases back), then the servers.
    say(progress, "stopping".into());
    for (w, _) in &mut workers {
        w.stop().await;
    }
    deliver.stop().await;
    redis.stop().await;
    nats.stop().await;
    summary.took = started.elapsed();
    summary.kept = opts.keep.then(|| dir.clone());
    drop(scratch);
    Ok(summary)
}

/// The partitions each worker holds the lease of, by the worker's pid (its id is
/// `<hostname>-<pid>`).
async fn partition_owners(
    conn: &mut ::redis::aio::ConnectionManager,
    cluster: &ClusterConfig,
) -> BTreeMap<u32, Vec<u32>> {
    let mut owners: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
    for p in 0..cluster.partitions {
        let owner: Option<String> = ::redis::cmd("GET")
            .arg(format!("{}:lease:part:{p}", cluster.key_prefix))
            .query_async(conn)
            .await
            .unwrap_or(None);
        if let Some(pid) = owner
            .as_deref()
            .and_then(|o| o.rsplit('-').next())
            .and_then(|pid| pid.parse().ok())
        {
            owners.entry(pid).or_default().push(p);
        }
    }
    owners
}

/// How far the cluster is.
#[derive(Debug, Default)]
struct Progress {
    /// Inputs in the posts stream.
    posts: u64,
    /// Partitions committed up to their subject's last post.
    partitions_done: u32,
    partitions: u32,
    /// Records in the records stream, and the deliver role's cursor.
    records: u64,
    delivered: u64,
}

impl Progress {
    fn complete(&self) -> bool {
        self.posts > 0 && self.partitions_done == self.partitions && self.delivered >= self.records
    }
}

/// Reads where the partitions and the deliver role are (errors read as "not yet").
async fn progress_state(
    js: &async_nats::jetstream::Context,
    conn: &mut ::redis::aio::ConnectionManager,
    cluster: &ClusterConfig,
    cursor_file: &Path,
) -> Progress {
    let mut p = Progress {
        partitions: cluster.partitions,
        ..Progress::default()
    };
    let Ok(mut stream) = js.get_stream(&cluster.stream).await else {
        return p;
    };
    let Ok(info) = stream.info().await else {
        return p;
    };
    p.posts = info.state.messages;
    for part in 0..cluster.partitions {
        let last = stream
            .get_last_raw_message_by_subject(&cluster.subject(part))
            .await
            .map_or(0, |m| m.sequence);
        let committed: u64 = ::redis::cmd("GET")
            .arg(format!("{}:part:{part}:committed", cluster.key_prefix))
            .query_async::<Option<u64>>(conn)
            .await
            .ok()
            .flatten()
            .unwrap_or(0);
        if committed >= last {
            p.partitions_done += 1;
        }
    }
    if let Ok(mut records) = js.get_stream(&cluster.records_stream).await
        && let Ok(info) = records.info().await
    {
        p.records = info.state.last_sequence;
    }
    p.delivered = std::fs::read_to_string(cursor_file)
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    p
}

/// The address a role printed as `metrics on http://ADDR`.
fn metrics_addr(out: &Path) -> Option<String> {
    std::fs::read_to_string(out)
        .ok()?
        .lines()
        .find_map(|l| l.strip_prefix("metrics on http://"))
        .map(str::to_string)
}

/// A plain HTTP/1.1 GET on the loopback; the body.
fn http_get(addr: &str, path: &str) -> Option<String> {
    use std::io::Read;
    let mut conn = TcpStream::connect(addr).ok()?;
    conn.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(
        conn,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut response = String::new();
    conn.read_to_string(&mut response).ok()?;
    response.split_once("\r\n\r\n").map(|(_, b)| b.to_string())
}

/// The sum of a metric's samples on a `/metrics` page.
fn metric(page: &str, name: &str) -> f64 {
    page.lines()
        .filter(|l| {
            l.strip_prefix(name)
                .is_some_and(|r| r.starts_with(' ') || r.starts_with('{'))
        })
        .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}
