//! Cluster mode (docs/cluster.md) against real servers: a `nats-server -js` and a
//! `redis-server` started here on free loopback ports in temporary directories (and killed at
//! the end), the real `scamwatch ingest`, `worker` and `cluster-records` binaries.
//!
//! Without the servers installed the tests skip with a message, except in CI (`CI=true`),
//! where `.ci/run` installs them from Debian and a missing one fails the test.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io::Read;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use serde_json::Value;

use crate::common::{replay_records, root, sample, scamwatch, wait_for};

/// A server binary by name: on PATH, or where Debian installs it.
fn server_binary(name: &str) -> Option<PathBuf> {
    let dirs = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&dirs)
        .chain([PathBuf::from("/usr/sbin"), PathBuf::from("/usr/bin")])
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// A port free on 127.0.0.1 right now (the servers bind it a moment later), never one
/// handed out before in this test run: the cluster tests run in parallel, and the kernel may
/// offer a port again as soon as its probe socket is closed.
fn free_port() -> u16 {
    static GIVEN: std::sync::Mutex<BTreeSet<u16>> = std::sync::Mutex::new(BTreeSet::new());
    loop {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        if GIVEN.lock().unwrap().insert(port) {
            return port;
        }
    }
}

/// A server process, killed when dropped.
struct Server {
    child: Child,
    log: PathBuf,
}

impl Server {
    fn start(mut cmd: Command, log: PathBuf, ready: &str) -> Server {
        let out = File::create(&log).unwrap();
        let child = cmd
            .stdout(Stdio::from(out.try_clone().unwrap()))
            .stderr(Stdio::from(out))
            .spawn()
            .expect("start the server");
        let server = Server { child, log };
        wait_for(20, ready, || server.logs().contains(ready).then_some(()));
        server
    }

    fn logs(&self) -> String {
        let mut s = String::new();
        if let Ok(mut f) = File::open(&self.log) {
            let _ = f.read_to_string(&mut s);
        }
        s
    }

    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Stops it as an operator would (SIGTERM), and waits for it to exit.
    fn terminate(&mut self) {
        let ok = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "SIGTERM to the server");
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A NATS server with JetStream and a Redis server, each on a free port, in `dir`.
struct Servers {
    nats: Server,
    redis: Server,
    nats_bin: PathBuf,
    redis_bin: PathBuf,
    nats_port: u16,
    redis_port: u16,
    dir: PathBuf,
}

impl Servers {
    /// `None` (after saying so) when a server binary is missing and this is not CI.
    fn start(dir: &Path) -> Option<Servers> {
        let (Some(nats_bin), Some(redis_bin)) =
            (server_binary("nats-server"), server_binary("redis-server"))
        else {
            let msg = "nats-server or redis-server not found: install Debian's `nats-server` and \
                       `redis-server` (.ci/run does)";
            assert!(!std::env::var("CI").is_ok_and(|v| v == "true"), "{msg}");
            eprintln!("skipping the cluster test: {msg}");
            return None;
        };
        let (nats_port, redis_port) = (free_port(), free_port());
        let js = dir.join("jetstream");
        let rd = dir.join("redis");
        std::fs::create_dir_all(&js).unwrap();
        std::fs::create_dir_all(&rd).unwrap();
        let nats = Server::start(
            nats_command(&nats_bin, nats_port, &js),
            dir.join("nats.log"),
            "Server is ready",
        );
        let redis = Server::start(
            redis_command(&redis_bin, redis_port, &rd),
            dir.join("redis.log"),
            "Ready to accept connections",
        );
        Some(Servers {
            nats,
            redis,
            nats_bin,
            redis_bin,
            nats_port,
            redis_port,
            dir: dir.to_path_buf(),
        })
    }

    /// Kills Redis (SIGKILL).
    fn kill_redis(&mut self) {
        self.redis.kill();
    }

    /// Starts Redis again on the same port and directory (its append-only file brings the
    /// state back).
    fn start_redis_again(&mut self) {
        self.redis = Server::start(
            redis_command(&self.redis_bin, self.redis_port, &self.dir.join("redis")),
            self.dir.join("redis-2.log"),
            "Ready to accept connections",
        );
    }

    /// Stops NATS (SIGTERM: JetStream's store is left as a stopped server leaves it).
    fn stop_nats(&mut self) {
        self.nats.terminate();
    }

    /// Starts NATS again on the same port and store.
    fn start_nats_again(&mut self) {
        self.nats = Server::start(
            nats_command(&self.nats_bin, self.nats_port, &self.dir.join("jetstream")),
            self.dir.join("nats-2.log"),
            "Server is ready",
        );
    }

    /// Writes a configuration for every role: the shipped rules, `models` (the built-in model
    /// when `None`), these servers, and `extra` lines in `[cluster]`.
    fn config(&self, models: Option<&Path>, extra: &str) -> PathBuf {
        let path = self.dir.join("scamwatch.toml");
        let models = models.map_or(String::new(), |m| format!("models = {:?}\n", m));
        std::fs::write(
            &path,
            format!(
                "[detector]\nrules = {:?}\n{models}\n[cluster]\nnats_url = \"nats://127.0.0.1:{}\"\n\
                 redis_url = \"redis://127.0.0.1:{}\"\npartitions = 6\nlease_ms = 2000\n{extra}\n",
                root().join("rules"),
                self.nats_port,
                self.redis_port
            ),
        )
        .unwrap();
        path
    }
}

fn nats_command(bin: &Path, port: u16, store: &Path) -> Command {
    let mut c = Command::new(bin);
    c.args(["-js", "-a", "127.0.0.1", "-p", &port.to_string(), "-sd"])
        .arg(store);
    c
}

fn redis_command(bin: &Path, port: u16, dir: &Path) -> Command {
    let mut c = Command::new(bin);
    c.args([
        "--port",
        &port.to_string(),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
    ])
    .args(["--appendonly", "yes", "--appendfsync", "always", "--dir"])
    .arg(dir);
    c
}

/// A `scamwatch worker`, killed (SIGKILL) when dropped.
struct Worker(Child, PathBuf);

impl Worker {
    fn start(config: &Path, dir: &Path, n: usize) -> Worker {
        Worker::role("worker", config, dir, n, &[])
    }

    /// A long-running cluster role (`worker`, `deliver`), its output in `dir/<role>-<n>.log`
    /// (stderr) and `.out` (stdout), with `env` set.
    fn role(role: &str, config: &Path, dir: &Path, n: usize, env: &[(&str, &str)]) -> Worker {
        let log = File::create(dir.join(format!("{role}-{n}.log"))).unwrap();
        let out_path = dir.join(format!("{role}-{n}.out"));
        let out = File::create(&out_path).unwrap();
        Worker(
            Command::new(env!("CARGO_BIN_EXE_scamwatch"))
                .args([role, "--config"])
                .arg(config)
                .current_dir(root())
                .env("SCAMWATCH_LOG", "info")
                .envs(env.iter().copied())
                .stdout(Stdio::from(out))
                .stderr(Stdio::from(log))
                .spawn()
                .expect("start a cluster role"),
            out_path,
        )
    }

    /// The address of its `/metrics` listener (`cluster.metrics_listen`), once it listens.
    fn metrics_addr(&self) -> String {
        wait_for(30, "the worker's metrics listener", || {
            let out = std::fs::read_to_string(&self.1).ok()?;
            out.lines()
                .find_map(|l| l.strip_prefix("metrics on http://"))
                .map(str::to_string)
        })
    }

    fn kill_9(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        self.kill_9();
    }
}

/// A plain HTTP/1.1 GET on the loopback: the status code and the body.
fn get(addr: &str, path: &str) -> (u16, String) {
    use std::io::Write;
    let mut conn = std::net::TcpStream::connect(addr).expect("connect");
    write!(
        conn,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    conn.read_to_string(&mut response).unwrap();
    let status = response
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = response
        .split_once("\r\n\r\n")
        .map_or(String::new(), |(_, b)| b.to_string());
    (status, body)
}

/// The sum of a metric's samples on a `/metrics` page.
fn metric_sum(page: &str, name: &str) -> f64 {
    page.lines()
        .filter(|l| {
            l.strip_prefix(name)
                .is_some_and(|r| r.starts_with(' ') || r.starts_with('{'))
        })
        .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}

fn ingest(config: &Path, input: &Path) {
    let out = scamwatch(&[
        "ingest",
        "--config",
        config.to_str().unwrap(),
        input.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "ingest failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Every record the cluster stored, one JSON line each.
fn cluster_records(config: &Path) -> Vec<String> {
    let out = scamwatch(&["cluster-records", "--config", config.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "cluster-records failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

/// Waits until the cluster stored `n` records (at most `secs`), and returns them sorted.
fn wait_for_records(config: &Path, n: usize, secs: u64) -> Vec<String> {
    let mut got = wait_for(secs, &format!("{n} records from the cluster"), || {
        let r = cluster_records(config);
        (r.len() >= n).then_some(r)
    });
    got.sort();
    got
}

/// Asserts two sorted record lists are equal, naming the records only one of them has.
fn assert_same(got: &[String], expected: &[String], what: &str) {
    if got == expected {
        return;
    }
    let short = |l: &String| l.chars().take(400).collect::<String>();
    let only_got: Vec<String> = got
        .iter()
        .filter(|l| !expected.contains(l))
        .map(short)
        .collect();
    let only_exp: Vec<String> = expected
        .iter()
        .filter(|l| !got.contains(l))
        .map(short)
        .collect();
    panic!(
        "{what}: {} records, {} expected\nonly in the cluster's:\n{}\nonly in the replay's:\n{}",
        got.len(),
        expected.len(),
        only_got.join("\n"),
        only_exp.join("\n")
    );
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

fn parse(lines: &[String]) -> Vec<Value> {
    lines
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The partitions of a formed campaign's accounts.
fn campaign_partitions(records: &[Value]) -> BTreeSet<u32> {
    records
        .iter()
        .filter(|r| r["kind"] == "campaign" && r["status"] == "formed")
        .flat_map(|r| r["accounts"].as_array().unwrap().clone())
        .map(|a| scamwatch::service::cluster::partition(a.as_str().unwrap(), 6))
        .collect()
}

#[test]
fn cluster_three_workers_and_an_ingest_give_the_records_of_a_single_process_replay() {
    let dir = tempfile::tempdir().unwrap();
    let Some(servers) = Servers::start(dir.path()) else {
        return;
    };
    let config = servers.config(
        None,
        "metrics_listen = \"127.0.0.1:0\"\nmetrics_auth = \"none\"",
    );
    let expected = sorted(replay_records(&sample()));
    assert!(expected.len() > 20, "the sample gives campaigns and locks");
    // The sample's campaigns span accounts of several partitions: each is still one campaign,
    // with the same id, members and records as in one process.
    let parts = campaign_partitions(&parse(&expected));
    assert!(
        parts.len() >= 3,
        "campaign accounts on partitions {parts:?}"
    );

    ingest(&config, &sample());
    let workers: Vec<Worker> = (0..3)
        .map(|n| Worker::start(&config, dir.path(), n))
        .collect();
    let got = wait_for_records(&config, expected.len(), 120);
    assert_same(&got, &expected, "cluster records differ from the replay's");
    // Every worker is ready and says what it did; together they decided every post once.
    let pages: Vec<String> = workers
        .iter()
        .map(|w| {
            let addr = w.metrics_addr();
            assert_eq!(get(&addr, "/readyz").0, 200);
            get(&addr, "/metrics").1
        })
        .collect();
    for page in &pages {
        assert!(page.contains("scamwatch_rules_info{fingerprint="), "{page}");
        assert!(page.contains("scamwatch_cluster_dependency_up{dependency=\"redis\"} 1"));
    }
    let owned: f64 = pages
        .iter()
        .map(|p| metric_sum(p, "scamwatch_cluster_partitions_owned"))
        .sum();
    assert_eq!(owned, 6.0, "every partition has one owner");
    let alerts = parse(&expected)
        .iter()
        .filter(|r| r["kind"] == "alert")
        .count();
    let counted: f64 = pages
        .iter()
        .map(|p| metric_sum(p, "scamwatch_alerts_total"))
        .sum();
    assert_eq!(counted, alerts as f64);
    drop(servers);
}

/// A model with a lock budget of 3 in a window longer than the sample.
fn small_budget_models(dir: &Path) -> PathBuf {
    let models = dir.join("models");
    std::fs::create_dir_all(&models).unwrap();
    for f in std::fs::read_dir(root().join("models")).unwrap() {
        let f = f.unwrap();
        std::fs::copy(f.path(), models.join(f.file_name())).unwrap();
    }
    let src = std::fs::read_to_string(root().join("models/model.toml")).unwrap();
    let changed = src.replace("max_locks = 25", "max_locks = 3").replace(
        "budget_window_minutes = 10.0",
        "budget_window_minutes = 600.0",
    );
    assert_ne!(
        src, changed,
        "models/model.toml names its budgets as expected"
    );
    std::fs::write(models.join("model.toml"), changed).unwrap();
    models
}

fn actions_by_account(records: &[Value], action: &str) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for r in records
        .iter()
        .filter(|r| r["kind"] == "alert" && r["action"] == action)
    {
        *m.entry(r["account_id"].as_str().unwrap().to_string())
            .or_default() += 1;
    }
    m
}

#[test]
fn cluster_brake_budget_is_exact_across_workers_even_without_the_ordering_gate() {
    let dir = tempfile::tempdir().unwrap();
    let Some(servers) = Servers::start(dir.path()) else {
        return;
    };
    let models = small_budget_models(dir.path());
    // In arrival order: exactly the replay's records, breaker record included.
    let replay = scamwatch(&[
        "replay",
        sample().to_str().unwrap(),
        "--models",
        models.to_str().unwrap(),
    ]);
    assert!(replay.status.success());
    let expected: Vec<String> = String::from_utf8(replay.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    let exp = parse(&expected);
    assert_eq!(actions_by_account(&exp, "lock").values().sum::<usize>(), 3);
    assert!(
        exp.iter()
            .any(|r| r["kind"] == "circuit_breaker" && r["state"] == "tripped")
    );

    // Relaxed order: partitions race for the budget; the scripts keep it exact anyway.
    let config = servers.config(Some(&models), "order = \"relaxed\"\nbatch = 4");
    ingest(&config, &sample());
    let _workers: Vec<Worker> = (0..3)
        .map(|n| Worker::start(&config, dir.path(), n))
        .collect();
    let alerts = exp.iter().filter(|r| r["kind"] == "alert").count();
    let got = wait_for(120, "every alert of the sample", || {
        let got = parse(&cluster_records(&config));
        (got.iter().filter(|r| r["kind"] == "alert").count() >= alerts).then_some(got)
    });
    let locks = actions_by_account(&got, "lock");
    assert_eq!(
        locks.values().sum::<usize>(),
        3,
        "locks admitted: {locks:?}"
    );
    assert!(locks.values().all(|n| *n == 1), "an account locked twice");
    let tripped = got
        .iter()
        .filter(|r| r["kind"] == "circuit_breaker" && r["state"] == "tripped")
        .count();
    assert_eq!(tripped, 1, "the brake trips once");
    drop(servers);
}

#[test]
fn cluster_a_worker_killed_mid_stream_loses_nothing_and_locks_nothing_twice() {
    let dir = tempfile::tempdir().unwrap();
    let Some(servers) = Servers::start(dir.path()) else {
        return;
    };
    // A longer stream: the takeover scenario of the firehose, as JSON Lines.
    let input = takeover_stream(dir.path(), 12000);
    let expected = sorted(replay_records(&input));
    assert!(!expected.is_empty());

    let config = servers.config(None, "batch = 32");
    ingest(&config, &input);
    let mut workers: Vec<Worker> = (0..3)
        .map(|n| Worker::start(&config, dir.path(), n))
        .collect();
    // Kill one that owns partitions, once the cluster is under way (a batch committed).
    let redis_cli = server_binary("redis-cli");
    let victim = wait_for(60, "a worker with partitions, and a first commit", || {
        if let Some(cli) = &redis_cli {
            first_commit(cli, servers.redis_port)?;
        }
        (0..workers.len()).find(|n| {
            std::fs::read_to_string(dir.path().join(format!("worker-{n}.log")))
                .is_ok_and(|log| log.contains("partition claimed"))
        })
    });
    workers[victim].kill_9();
    let got = wait_for_records(&config, expected.len(), 120);
    assert_same(
        &got,
        &expected,
        "records after a kill -9 differ from the replay's",
    );
    let locks = actions_by_account(&parse(&got), "lock");
    assert_eq!(locks, actions_by_account(&parse(&expected), "lock"));
    drop(servers);
}

/// Some partition committed a batch (read with `redis-cli`).
fn first_commit(cli: &Path, port: u16) -> Option<()> {
    let out = Command::new(cli)
        .args([
            "-p",
            &port.to_string(),
            "--raw",
            "KEYS",
            "sw:part:*:committed",
        ])
        .output()
        .ok()?;
    (!out.stdout.is_empty()).then_some(())
}

/// A takeover stream of the firehose, `count` lines, as a file in `dir`.
fn takeover_stream(dir: &Path, count: u32) -> PathBuf {
    let input = dir.join("takeover.jsonl");
    let fh = scamwatch(&[
        "firehose",
        "--stdout",
        "--count",
        &count.to_string(),
        "--rate",
        "50",
        "--scenario",
        "takeover",
    ]);
    assert!(fh.status.success());
    std::fs::write(&input, &fh.stdout).unwrap();
    input
}

#[test]
fn cluster_redis_restarted_mid_stream_pauses_the_workers_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let Some(mut servers) = Servers::start(dir.path()) else {
        return;
    };
    let input = takeover_stream(dir.path(), 12000);
    let expected = sorted(replay_records(&input));
    let config = servers.config(
        None,
        "batch = 32\nmetrics_listen = \"127.0.0.1:0\"\nmetrics_auth = \"none\"",
    );
    ingest(&config, &input);
    let workers: Vec<Worker> = (0..3)
        .map(|n| Worker::start(&config, dir.path(), n))
        .collect();
    let cli = server_binary("redis-cli");
    wait_for(60, "a first commit", || match &cli {
        Some(cli) => first_commit(cli, servers.redis_port),
        None => Some(()),
    });
    let addr = workers[0].metrics_addr();
    servers.kill_redis();
    // Not ready while Redis is away, ready again once it is back.
    wait_for(30, "/readyz to say 503", || {
        let (status, body) = get(&addr, "/readyz");
        (status == 503 && body.contains("Redis")).then_some(())
    });
    servers.start_redis_again();
    wait_for(30, "/readyz to say 200", || {
        (get(&addr, "/readyz").0 == 200).then_some(())
    });
    let got = wait_for_records(&config, expected.len(), 120);
    assert_same(
        &got,
        &expected,
        "records across a Redis restart differ from the replay's",
    );
}

/// The shipped alerting rules load and pass their unit tests in Debian's `promtool`.
#[test]
fn cluster_alert_rules_pass_promtool() {
    let Some(promtool) = server_binary("promtool") else {
        let msg = "promtool not found: install Debian's `prometheus` (.ci/run does)";
        assert!(!std::env::var("CI").is_ok_and(|v| v == "true"), "{msg}");
        eprintln!("skipping the alert rules check: {msg}");
        return;
    };
    let dir = root().join("ops/prometheus");
    for args in [
        ["check", "rules", "scamwatch-alerts.yml"],
        ["test", "rules", "scamwatch-alerts.test.yml"],
    ] {
        let out = Command::new(&promtool)
            .args(args)
            .current_dir(&dir)
            .output()
            .expect("promtool runs");
        assert!(
            out.status.success(),
            "promtool {}: {}{}",
            args.join(" "),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn cluster_ingest_leader_killed_the_standby_takes_over_from_the_stored_cursor() {
    let dir = tempfile::tempdir().unwrap();
    let Some(servers) = Servers::start(dir.path()) else {
        return;
    };
    let input = takeover_stream(dir.path(), 12000);
    let text = std::fs::read_to_string(&input).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let expected = sorted(replay_records(&input));
    let config = servers.config(None, "");

    // The leader reads its stdin: the first half of the stream, then nothing more.
    let mut leader = Command::new(env!("CARGO_BIN_EXE_scamwatch"))
        .args(["ingest", "--config", config.to_str().unwrap(), "-"])
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::from(
            File::create(dir.path().join("leader.log")).unwrap(),
        ))
        .spawn()
        .unwrap();
    let mut stdin = leader.stdin.take().unwrap();
    {
        use std::io::Write;
        for l in &lines[..6000] {
            writeln!(stdin, "{l}").unwrap();
        }
        stdin.flush().unwrap();
    }
    // The standby reads the whole stream from the file; it waits for the lease.
    let standby = Command::new(env!("CARGO_BIN_EXE_scamwatch"))
        .args(["ingest", "--config", config.to_str().unwrap()])
        .arg(&input)
        .current_dir(root())
        .env("SCAMWATCH_LOG", "info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let cli = server_binary("redis-cli");
    let cursor = |cli: &Path| -> Option<u64> {
        let out = Command::new(cli)
            .args(["-p", &servers.redis_port.to_string(), "--raw", "GET"])
            .arg("sw:ingest:default:cursor")
            .output()
            .ok()?;
        String::from_utf8_lossy(&out.stdout).trim().parse().ok()
    };
    if let Some(cli) = &cli {
        wait_for(60, "the leader's cursor past 5000 lines", || {
            cursor(cli).filter(|c| *c >= 5000)
        });
    }
    let _ = leader.kill();
    let _ = leader.wait();
    drop(stdin);
    let out = standby.wait_with_output().unwrap();
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "standby failed: {log}");
    assert!(log.contains("standby: another ingest leads"), "{log}");
    let resumed: u64 = log
        .split("resumed after line ")
        .nth(1)
        .and_then(|r| r.trim().parse().ok())
        .unwrap_or_else(|| panic!("no summary: {log}"));
    assert!(
        (5000..=6000).contains(&resumed),
        "resumed after {resumed}: {log}"
    );

    let _workers: Vec<Worker> = (0..3)
        .map(|n| Worker::start(&config, dir.path(), n))
        .collect();
    let got = wait_for_records(&config, expected.len(), 120);
    assert_same(&got, &expected, "records after an ingest takeover differ");
    drop(servers);
}

#[test]
fn cluster_worker_reloads_rules_on_sighup_and_shows_their_fingerprint() {
    let dir = tempfile::tempdir().unwrap();
    let Some(servers) = Servers::start(dir.path()) else {
        return;
    };
    let rules = dir.path().join("rules");
    std::fs::create_dir_all(&rules).unwrap();
    for f in std::fs::read_dir(root().join("rules")).unwrap() {
        let f = f.unwrap();
        std::fs::copy(f.path(), rules.join(f.file_name())).unwrap();
    }
    let config = servers.config(
        None,
        "metrics_listen = \"127.0.0.1:0\"\nmetrics_auth = \"none\"",
    );
    let text = std::fs::read_to_string(&config).unwrap().replace(
        &format!("{:?}", root().join("rules")),
        &format!("{rules:?}"),
    );
    std::fs::write(&config, text).unwrap();
    let worker = Worker::start(&config, dir.path(), 0);
    let addr = worker.metrics_addr();
    let fingerprint = |page: &str| {
        page.lines()
            .find_map(|l| l.strip_prefix("scamwatch_rules_info{fingerprint=\""))
            .map(|r| r.split('"').next().unwrap().to_string())
    };
    let reloads = |result: &str| {
        metric_sum(
            &get(&addr, "/metrics").1,
            &format!("scamwatch_rule_reloads_total{{result=\"{result}\"}}"),
        )
    };
    let before = fingerprint(&get(&addr, "/metrics").1).expect("a rules fingerprint");
    let hup = || {
        let ok = Command::new("kill")
            .args(["-HUP", &worker.0.id().to_string()])
            .status()
            .unwrap()
            .success();
        assert!(ok);
    };
    hup();
    wait_for(30, "a reload applied", || {
        (reloads("applied") == 1.0).then_some(())
    });
    assert_eq!(fingerprint(&get(&addr, "/metrics").1), Some(before.clone()));
    // A rule file that does not compile: refused, counted, the running rules stay.
    std::fs::write(rules.join("zz-broken.toml"), "[[rule]]\nid = 3\n").unwrap();
    hup();
    wait_for(30, "a reload refused", || {
        (reloads("failed") == 1.0).then_some(())
    });
    assert_eq!(fingerprint(&get(&addr, "/metrics").1), Some(before));
    drop(servers);
}

/// A webhook receiver: every POST is answered 200 and kept with its `webhook-id` and whether
/// its Standard Webhooks signature verifies under [`HOOK_KEY`].
struct HookReceiver {
    _rt: tokio::runtime::Runtime,
    got: std::sync::Arc<std::sync::Mutex<Vec<(String, bool)>>>,
}

/// The test hooks' key (`secret = whsec_…` of it).
const HOOK_KEY: [u8; 32] = [7; 32];

impl HookReceiver {
    /// Listens on `addr` (`127.0.0.1:0` or a port chosen before).
    fn start(addr: &str) -> (HookReceiver, String) {
        use axum::http::{HeaderMap, StatusCode};
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let got = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let listener = rt.block_on(tokio::net::TcpListener::bind(addr)).unwrap();
        let bound = listener.local_addr().unwrap().to_string();
        let state = std::sync::Arc::clone(&got);
        let app = axum::Router::new().route(
            "/hook",
            axum::routing::post(move |headers: HeaderMap, body: axum::body::Bytes| {
                let got = std::sync::Arc::clone(&state);
                async move {
                    let h = |n: &str| {
                        headers
                            .get(n)
                            .and_then(|v| v.to_str().ok())
                            .unwrap_or_default()
                            .to_string()
                    };
                    let id = h("webhook-id");
                    let now = std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .unwrap()
                        .as_secs() as i64;
                    let verified = scamwatch::sink::sign::standard::verify(
                        &HOOK_KEY,
                        &id,
                        &h("webhook-timestamp"),
                        &h("webhook-signature"),
                        &body,
                        now,
                        300,
                    )
                    .is_ok();
                    got.lock().unwrap().push((id, verified));
                    StatusCode::OK
                }
            }),
        );
        rt.spawn(async move { axum::serve(listener, app).await.unwrap() });
        (HookReceiver { _rt: rt, got }, bound)
    }

    /// Each `webhook-id` received, with how many times; panics on a signature that does not
    /// verify.
    fn deliveries(&self) -> BTreeMap<String, usize> {
        let mut m = BTreeMap::new();
        for (id, verified) in self.got.lock().unwrap().iter() {
            assert!(
                verified,
                "a delivery of {id} whose signature does not verify"
            );
            *m.entry(id.clone()).or_default() += 1;
        }
        m
    }
}

/// Appends the deliver role's sinks to a cluster configuration: one Standard-Webhooks hook
/// `hook` at `url` (quick retries), a data directory, and `jsonl` when given.
fn add_sinks(config: &Path, dir: &Path, url: &str, jsonl: Option<&Path>) {
    let mut text = std::fs::read_to_string(config).unwrap();
    text.push_str(&format!(
        "\n[state]\ndata_dir = {:?}\n\n[[webhook]]\nname = \"hook\"\nurl = \"{url}/hook\"\n\
         secret = \"{}\"\nsignature = \"standard\"\nbackoff_base_ms = 20\nbackoff_cap_ms = 200\n\
         max_attempts = 10000\ntimeout_ms = 2000\n",
        dir.join("deliver-data"),
        scamwatch::sink::sign::standard::encode_secret(&HOOK_KEY)
    ));
    if let Some(j) = jsonl {
        text.push_str(&format!("\n[jsonl]\npath = {j:?}\n"));
    }
    std::fs::write(config, text).unwrap();
}

/// The alert ids of a replay's records.
fn alert_ids(records: &[String]) -> BTreeSet<String> {
    parse(records)
        .iter()
        .filter(|r| r["kind"] == "alert")
        .map(|r| r["alert_id"].as_str().unwrap().to_string())
        .collect()
}

/// Waits until the deliver role at `addr` made every one of `records` records of the stream
/// durable for `hook` and its outbox delivered them all: after that, nothing more is sent.
fn wait_until_delivered(addr: &str, records: usize, secs: u64) {
    wait_for(
        secs,
        "every record through the deliver role's outbox",
        || {
            let page = get(addr, "/metrics").1;
            let cursor = metric_sum(&page, "scamwatch_deliver_cursor{sink=\"hook\"}");
            let depth = metric_sum(&page, "scamwatch_outbox_depth{sink=\"hook\"}");
            (cursor >= records as f64 && depth == 0.0).then_some(())
        },
    );
}

#[test]
fn cluster_deliver_sends_each_alert_once_when_a_worker_dies_between_publish_and_commit() {
    let dir = tempfile::tempdir().unwrap();
    let Some(servers) = Servers::start(dir.path()) else {
        return;
    };
    let expected = sorted(replay_records(&sample()));
    let alerts = alert_ids(&expected);
    let (receiver, addr) = HookReceiver::start("127.0.0.1:0");
    let config = servers.config(
        None,
        "metrics_listen = \"127.0.0.1:0\"\nmetrics_auth = \"none\"\nbatch = 8",
    );
    let jsonl = dir.path().join("delivered.jsonl");
    add_sinks(&config, dir.path(), &format!("http://{addr}"), Some(&jsonl));
    ingest(&config, &sample());

    // The only worker stops dead after publishing a batch with an alert, before committing
    // it; then it gets `kill -9`. The next owner of that partition decides the batch again.
    let mut victim = Worker::role(
        "worker",
        &config,
        dir.path(),
        0,
        &[("SCAMWATCH_FAULT_PAUSE_AFTER_PUBLISH", "1")],
    );
    wait_for(60, "the worker to pause between publish and commit", || {
        std::fs::read_to_string(dir.path().join("worker-0.log"))
            .ok()?
            .contains("paused after publishing")
            .then_some(())
    });
    victim.kill_9();
    let workers: Vec<Worker> = (1..3)
        .map(|n| Worker::start(&config, dir.path(), n))
        .collect();
    let deliver = Worker::role("deliver", &config, dir.path(), 0, &[]);
    let deliver_addr = deliver.metrics_addr();
    wait_until_delivered(&deliver_addr, expected.len(), 120);
    assert_eq!(get(&deliver_addr, "/readyz").0, 200);

    // Decided twice: the second publish of that batch's records was dropped as a duplicate.
    let duplicates: f64 = workers
        .iter()
        .map(|w| {
            metric_sum(
                &get(&w.metrics_addr(), "/metrics").1,
                "scamwatch_cluster_records_duplicate_total",
            )
        })
        .sum();
    assert!(duplicates >= 1.0, "no record was published twice");
    // One delivery per alert, each signed; the JSONL file has every record once.
    let got = receiver.deliveries();
    let twice: Vec<_> = got.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "delivered more than once: {twice:?}");
    assert_eq!(got.keys().cloned().collect::<BTreeSet<_>>(), alerts);
    let lines = sorted(
        std::fs::read_to_string(&jsonl)
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect(),
    );
    assert_same(&lines, &expected, "the deliver role's JSONL file");
    drop(servers);
}

#[test]
fn cluster_deliver_a_hook_down_at_first_gets_every_record_once_it_comes_up() {
    let dir = tempfile::tempdir().unwrap();
    let Some(servers) = Servers::start(dir.path()) else {
        return;
    };
    let expected = sorted(replay_records(&sample()));
    let alerts = alert_ids(&expected);
    let port = free_port();
    let config = servers.config(
        None,
        "metrics_listen = \"127.0.0.1:0\"\nmetrics_auth = \"none\"",
    );
    add_sinks(
        &config,
        dir.path(),
        &format!("http://127.0.0.1:{port}"),
        None,
    );
    ingest(&config, &sample());
    let _workers: Vec<Worker> = (0..3)
        .map(|n| Worker::start(&config, dir.path(), n))
        .collect();
    // Nothing listens on the hook's port: every record goes to the outbox and waits there.
    let mut first = Worker::role("deliver", &config, dir.path(), 0, &[]);
    let addr = first.metrics_addr();
    wait_for(
        120,
        "every record in the outbox, and refused attempts",
        || {
            let page = get(&addr, "/metrics").1;
            let cursor = metric_sum(&page, "scamwatch_deliver_cursor{sink=\"hook\"}");
            let depth = metric_sum(&page, "scamwatch_outbox_depth{sink=\"hook\"}");
            let refused = metric_sum(
                &page,
                "scamwatch_webhook_attempts_total{outcome=\"retryable\",sink=\"hook\"}",
            );
            (cursor >= expected.len() as f64 && depth == alerts.len() as f64 && refused > 0.0)
                .then_some(())
        },
    );
    // The deliver role dies too; the next one finds the records in the outbox (they were
    // acked in the stream: the outbox is where they are).
    first.kill_9();
    let second = Worker::role("deliver", &config, dir.path(), 1, &[]);
    let addr = second.metrics_addr();
    let (receiver, _) = HookReceiver::start(&format!("127.0.0.1:{port}"));
    wait_until_delivered(&addr, expected.len(), 120);
    let page = get(&addr, "/metrics").1;
    assert_eq!(
        metric_sum(&page, "scamwatch_outbox_recovered_total{sink=\"hook\"}"),
        alerts.len() as f64
    );
    let got = receiver.deliveries();
    let twice: Vec<_> = got.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "delivered more than once: {twice:?}");
    assert_eq!(got.keys().cloned().collect::<BTreeSet<_>>(), alerts);
    drop(servers);
}

#[test]
fn cluster_demo_runs_the_sample_on_three_workers_prints_a_summary_and_cleans_up() {
    if server_binary("nats-server").is_none() || server_binary("redis-server").is_none() {
        assert!(
            !std::env::var("CI").is_ok_and(|v| v == "true"),
            "nats-server or redis-server not found"
        );
        eprintln!("skipping cluster-demo: nats-server or redis-server not found");
        return;
    }
    // Its scratch directory goes under TMPDIR: a directory of the test's own, to see it gone.
    let tmp = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_scamwatch"))
        .args(["cluster-demo", "--timeout", "120"])
        .current_dir(root())
        .env("TMPDIR", tmp.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(
        stderr.contains("6 partitions spread over 3 workers"),
        "{stderr}"
    );
    // The summary counts the replay's records.
    let expected = parse(&replay_records(&sample()));
    let count = |f: &dyn Fn(&Value) -> Option<String>| {
        let mut m: BTreeMap<String, usize> = BTreeMap::new();
        for r in &expected {
            if let Some(k) = f(r) {
                *m.entry(k).or_default() += 1;
            }
        }
        m.iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let kinds = count(&|r| Some(r["kind"].as_str().unwrap().to_string()));
    let actions =
        count(&|r| (r["kind"] == "alert").then(|| r["action"].as_str().unwrap().to_string()));
    assert!(
        stdout.contains(&format!(
            "records by kind: {kinds} (total {})",
            expected.len()
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("alerts by action: {actions}\n")),
        "{stdout}"
    );
    // Three workers, the six partitions between them, every one deciding some.
    let mut partitions = Vec::new();
    let workers: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("worker "))
        .collect();
    assert_eq!(workers.len(), 3, "{stdout}");
    for w in &workers {
        let set = w.split('{').nth(1).unwrap().split('}').next().unwrap();
        assert!(!set.is_empty(), "a worker without partitions: {stdout}");
        partitions.extend(set.split(',').map(|p| p.parse::<u32>().unwrap()));
        let posts: u64 = w
            .split("}, ")
            .nth(1)
            .and_then(|r| r.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap();
        assert!(posts > 0, "{w}");
    }
    partitions.sort_unstable();
    assert_eq!(partitions, (0..6).collect::<Vec<_>>(), "{stdout}");
    // Everything stopped and deleted.
    let left: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

#[test]
fn cluster_nats_stopped_mid_stream_readyz_names_it_then_recovers_and_nothing_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let Some(mut servers) = Servers::start(dir.path()) else {
        return;
    };
    let input = takeover_stream(dir.path(), 12000);
    let text = std::fs::read_to_string(&input).unwrap();
    let lines: Vec<String> = text.lines().map(str::to_string).collect();
    let expected = sorted(replay_records(&input));
    let config = servers.config(
        None,
        "batch = 32\nmetrics_listen = \"127.0.0.1:0\"\nmetrics_auth = \"none\"",
    );
    let workers: Vec<Worker> = (0..3)
        .map(|n| Worker::start(&config, dir.path(), n))
        .collect();
    // The ingest reads its stdin: the first half of the stream now, the rest while NATS is
    // away (a thread writes it: the ingest stops reading while it cannot publish).
    let ingest_out = dir.path().join("ingest.out");
    let mut ingest = Command::new(env!("CARGO_BIN_EXE_scamwatch"))
        .args(["ingest", "--config", config.to_str().unwrap(), "-"])
        .current_dir(root())
        .env("SCAMWATCH_LOG", "info")
        .stdin(Stdio::piped())
        .stdout(Stdio::from(File::create(&ingest_out).unwrap()))
        .stderr(Stdio::from(
            File::create(dir.path().join("ingest.log")).unwrap(),
        ))
        .spawn()
        .unwrap();
    let mut stdin = ingest.stdin.take().unwrap();
    {
        use std::io::Write;
        for l in &lines[..6000] {
            writeln!(stdin, "{l}").unwrap();
        }
        stdin.flush().unwrap();
    }
    let ingest_addr = wait_for(30, "the ingest's metrics listener", || {
        std::fs::read_to_string(&ingest_out)
            .ok()?
            .lines()
            .find_map(|l| l.strip_prefix("metrics on http://"))
            .map(str::to_string)
    });
    let cli = server_binary("redis-cli");
    wait_for(60, "a first commit", || match &cli {
        Some(cli) => first_commit(cli, servers.redis_port),
        None => Some(()),
    });
    let worker_addr = workers[0].metrics_addr();
    for addr in [&worker_addr, &ingest_addr] {
        assert_eq!(get(addr, "/readyz").0, 200, "{addr} ready at first");
    }

    servers.stop_nats();
    for addr in [&worker_addr, &ingest_addr] {
        wait_for(30, "/readyz to say 503, naming NATS", || {
            let (status, body) = get(addr, "/readyz");
            (status == 503 && body.contains("NATS")).then_some(())
        });
    }
    let rest = lines[6000..].to_vec();
    let writer = std::thread::spawn(move || {
        use std::io::Write;
        for l in &rest {
            writeln!(stdin, "{l}").unwrap();
        }
        // Dropping stdin ends the ingest's input.
    });
    // The ingest reads (and tries to publish) lines of the second half while NATS is away.
    wait_for(30, "the ingest reading while NATS is away", || {
        let page = get(&ingest_addr, "/metrics").1;
        (metric_sum(&page, "scamwatch_ingest_lines_total") > 6000.0).then_some(())
    });
    servers.start_nats_again();
    for addr in [&worker_addr, &ingest_addr] {
        wait_for(60, "/readyz to say 200 again", || {
            (get(addr, "/readyz").0 == 200).then_some(())
        });
    }
    writer.join().unwrap();
    let status = wait_for(120, "the ingest to finish", || ingest.try_wait().unwrap());
    assert!(status.success(), "the ingest failed after NATS came back");
    let got = wait_for_records(&config, expected.len(), 120);
    assert_same(
        &got,
        &expected,
        "records across a NATS restart differ from the replay's",
    );
    drop(servers);
}

/// `[source]` lines for an upstream on `port`: `url` is `prefix` + `ws://127.0.0.1:PORT/path`,
/// reconnecting quickly.
fn source_section(url: &str) -> String {
    format!("\n[source]\nurl = {url:?}\nbackoff_initial_ms = 50\nbackoff_max_ms = 500\n")
}

/// An upstream ingest (`scamwatch ingest --config` without FILE), its stderr in
/// `dir/ingest-<n>.log`.
fn upstream_ingest(config: &Path, dir: &Path, n: usize) -> Worker {
    Worker::role("ingest", config, dir, n, &[])
}

/// The metrics page of a role.
fn metrics_of(role: &Worker) -> String {
    get(&role.metrics_addr(), "/metrics").1
}

/// SIGTERM to a role, and its exit status once it is gone (at most 60 s).
fn terminate(role: &mut Worker) -> std::process::ExitStatus {
    let ok = Command::new("kill")
        .args(["-TERM", &role.0.id().to_string()])
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "SIGTERM to the role");
    wait_for(60, "the role to exit after SIGTERM", || {
        role.0.try_wait().ok().flatten()
    })
}

/// The upstream resume position an ingest stored (`redis-cli`; `None` without it).
fn stored_resume(servers: &Servers) -> Option<i64> {
    let cli = server_binary("redis-cli")?;
    let out = Command::new(cli)
        .args(["-p", &servers.redis_port.to_string(), "--raw", "HGET"])
        .args(["sw:ingest:default:resume", "cursor_us"])
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

/// One ingest reading `file` from a websocket upstream (the test upstream of `serve`'s tests,
/// speaking the platform of `prefix`) and `workers` workers: the records equal the replay's,
/// and SIGTERM stops the ingest cleanly with the resume position stored.
fn upstream_gives_the_records_of_a_replay(file: &str, prefix: &str, path: &str, workers: usize) {
    let dir = tempfile::tempdir().unwrap();
    let Some(servers) = Servers::start(dir.path()) else {
        return;
    };
    let rt = crate::serve::runtime();
    let input = crate::serve::lines(file);
    let expected = sorted(replay_records(&crate::common::data(file)));
    assert!(!expected.is_empty(), "{file} gives records");
    let up = crate::serve::start_upstream(&rt, 0, std::sync::Arc::clone(&input), None, true);
    let url = format!("{prefix}ws://127.0.0.1:{}{path}", up.addr.port());
    let config = servers.config(
        None,
        &format!(
            "metrics_listen = \"127.0.0.1:0\"\nmetrics_auth = \"none\"\n{}",
            source_section(&url)
        ),
    );
    let _workers: Vec<Worker> = (0..workers)
        .map(|n| Worker::start(&config, dir.path(), n))
        .collect();
    let mut ingest = upstream_ingest(&config, dir.path(), 0);
    let got = wait_for_records(&config, expected.len(), 120);
    assert_same(&got, &expected, "records of an upstream ingest differ");
    let page = metrics_of(&ingest);
    assert_eq!(
        metric_sum(&page, "scamwatch_ingest_published_total"),
        input.len() as f64,
        "every message of the upstream published once: {page}"
    );
    assert_eq!(metric_sum(&page, "scamwatch_websocket_connected"), 1.0);
    // The resume position is the newest event time published.
    let newest = input.iter().map(|(t, _)| *t).max().unwrap();
    if server_binary("redis-cli").is_some() {
        wait_for(30, "the resume position stored", || {
            (stored_resume(&servers) == Some(newest)).then_some(())
        });
    }
    let status = terminate(&mut ingest);
    let log = std::fs::read_to_string(dir.path().join("ingest-0.log")).unwrap();
    assert!(status.success(), "ingest after SIGTERM: {log}");
    assert!(
        log.contains(&format!(
            "ingest: {} messages, {} published",
            input.len(),
            input.len()
        )),
        "{log}"
    );
    up.task.abort();
    drop(servers);
}

#[test]
fn cluster_ingest_from_a_websocket_upstream_gives_the_records_of_a_single_process_replay() {
    upstream_gives_the_records_of_a_replay("july2020.jsonl", "", "/stream", 3);
}

#[test]
fn cluster_ingest_from_bluesky_jetstream_gives_the_records_of_a_single_process_replay() {
    upstream_gives_the_records_of_a_replay("jetstream.jsonl", "jetstream:", "/subscribe", 1);
}

#[test]
fn cluster_ingest_from_mastodon_streaming_gives_the_records_of_a_single_process_replay() {
    upstream_gives_the_records_of_a_replay(
        "mastodon.jsonl",
        "mastodon:",
        "/api/v1/streaming?stream=public",
        1,
    );
}

/// `Some(messages received)` once an upstream ingest has lost its upstream (a reconnect
/// attempt) and published every message it received (none pending).
fn upstream_gone_and_all_published(page: &str) -> Option<usize> {
    let received = metric_sum(page, "scamwatch_messages_received_total");
    (received > 0.0
        && metric_sum(page, "scamwatch_websocket_reconnects_total") >= 1.0
        && metric_sum(page, "scamwatch_ingest_published_total") == received)
        .then_some(received as usize)
}

/// The first line of a fixture that a replay alerts on (its index in `lines`).
fn first_alerted(file: &str, lines: &[(i64, String)]) -> usize {
    let alerted: BTreeSet<String> = parse(&replay_records(&crate::common::data(file)))
        .iter()
        .filter(|r| r["kind"] == "alert")
        .filter_map(|r| r["tweet_id"].as_str().map(str::to_string))
        .collect();
    lines
        .iter()
        .position(|(_, l)| alerted.iter().any(|id| l.contains(id.as_str())))
        .expect("an alerted post")
}

#[test]
fn cluster_ingest_upstream_dropped_mid_stream_reconnects_resumes_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let Some(servers) = Servers::start(dir.path()) else {
        return;
    };
    let rt = crate::serve::runtime();
    let file = "july2020.jsonl";
    let input = crate::serve::lines(file);
    let expected = sorted(replay_records(&crate::common::data(file)));
    // The upstream dies inside the takeover, with history, campaigns and locks in flight.
    let die_after = first_alerted(file, &input) + 20;
    let first =
        crate::serve::start_upstream(&rt, 0, std::sync::Arc::clone(&input), Some(die_after), true);
    let port = first.addr.port();
    let config = servers.config(
        None,
        &format!(
            "metrics_listen = \"127.0.0.1:0\"\nmetrics_auth = \"none\"\n{}",
            source_section(&format!("ws://127.0.0.1:{port}/stream"))
        ),
    );
    let _workers: Vec<Worker> = (0..2)
        .map(|n| Worker::start(&config, dir.path(), n))
        .collect();
    let ingest = upstream_ingest(&config, dir.path(), 0);
    // The upstream is gone (what was still in the socket may be lost with it): the ingest
    // published what it received, and keeps reconnecting.
    wait_for(
        60,
        "the messages before the drop published, and a reconnect",
        || upstream_gone_and_all_published(&metrics_of(&ingest)),
    );
    rt.block_on(first.task).unwrap();
    // Back on the same port: the ingest resumes from its cursor (rewound a little; what it
    // sends again is dropped by message id).
    let second = crate::serve::start_upstream(&rt, port, std::sync::Arc::clone(&input), None, true);
    let got = wait_for_records(&config, expected.len(), 120);
    assert_same(&got, &expected, "records across an upstream drop differ");
    let cursors = second.cursors.lock().unwrap().clone();
    assert!(
        cursors.first().is_some_and(|c| c.is_some()),
        "resumed with a cursor: {cursors:?}"
    );
    let page = metrics_of(&ingest);
    assert!(
        metric_sum(&page, "scamwatch_ingest_duplicates_total") >= 1.0,
        "the rewind sent messages again, dropped by id: {page}"
    );
    assert_eq!(
        metric_sum(&page, "scamwatch_ingest_published_total"),
        input.len() as f64,
        "each message stored once"
    );
    second.task.abort();
    drop(servers);
}

#[test]
fn cluster_ingest_standby_resumes_the_upstream_from_the_leaders_stored_cursor() {
    let dir = tempfile::tempdir().unwrap();
    let Some(servers) = Servers::start(dir.path()) else {
        return;
    };
    let rt = crate::serve::runtime();
    let file = "july2020.jsonl";
    let input = crate::serve::lines(file);
    let expected = sorted(replay_records(&crate::common::data(file)));
    let die_after = first_alerted(file, &input) + 20;
    let first =
        crate::serve::start_upstream(&rt, 0, std::sync::Arc::clone(&input), Some(die_after), true);
    let port = first.addr.port();
    let config = servers.config(
        None,
        &format!(
            "metrics_listen = \"127.0.0.1:0\"\nmetrics_auth = \"none\"\n{}",
            source_section(&format!("ws://127.0.0.1:{port}/stream"))
        ),
    );
    let log = |n: usize| {
        std::fs::read_to_string(dir.path().join(format!("ingest-{n}.log"))).unwrap_or_default()
    };
    let mut leader = upstream_ingest(&config, dir.path(), 0);
    wait_for(30, "the first ingest leading", || {
        log(0).contains("leading the ingest").then_some(())
    });
    let standby = upstream_ingest(&config, dir.path(), 1);
    wait_for(30, "the second ingest waiting as a standby", || {
        log(1)
            .contains("standby: another ingest leads")
            .then_some(())
    });
    let received = wait_for(
        60,
        "the upstream gone and what the leader received published",
        || upstream_gone_and_all_published(&metrics_of(&leader)),
    );
    rt.block_on(first.task).unwrap();
    // The leader stores the newest event time of what it published.
    let newest = input[..received].iter().map(|(t, _)| *t).max().unwrap();
    let stored = wait_for(30, "the leader's resume position stored", || {
        if server_binary("redis-cli").is_none() {
            return Some(None);
        }
        (stored_resume(&servers) == Some(newest)).then_some(Some(newest))
    });
    leader.kill_9();
    // The upstream back; the standby takes the lease once it lapses and resumes from the
    // stored position (rewound by `resume_rewind_ms`, 2 s).
    let second = crate::serve::start_upstream(&rt, port, std::sync::Arc::clone(&input), None, true);
    let _workers: Vec<Worker> = (0..2)
        .map(|n| Worker::start(&config, dir.path(), n))
        .collect();
    let got = wait_for_records(&config, expected.len(), 120);
    assert_same(&got, &expected, "records after an ingest takeover differ");
    let cursors = second.cursors.lock().unwrap().clone();
    let resumed = cursors
        .first()
        .copied()
        .flatten()
        .unwrap_or_else(|| panic!("the standby resumed with a cursor: {cursors:?}"));
    if let Some(stored) = stored {
        assert_eq!(
            resumed,
            stored - 2_000_000,
            "resumed from the stored cursor"
        );
    }
    assert!(
        log(1).contains("leading the ingest"),
        "the standby took over: {}",
        log(1)
    );
    drop(standby);
    second.task.abort();
    drop(servers);
}

/// The number `replay` reports as "duplicate posts dropped" for `file`.
fn replay_duplicates(file: &Path) -> u64 {
    let out = scamwatch(&["replay", file.to_str().unwrap()]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    err.lines()
        .find_map(|l| l.split("duplicate posts dropped ").nth(1))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no duplicate count in the replay's summary: {err}"))
}

/// Publishes `lines` to the posts stream as an upstream re-sending them would reach it through
/// another path: each to its account's partition, under message ids of its own
/// (`again:<n>`), so JetStream's duplicate window does not drop them.
fn publish_again(nats_port: u16, lines: &[String]) {
    use scamwatch::service::cluster::{ingest::account_of, partition};
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let client = async_nats::connect(format!("nats://127.0.0.1:{nats_port}"))
            .await
            .expect("connect to NATS");
        let js = async_nats::jetstream::new(client);
        for (n, line) in lines.iter().enumerate() {
            let input = scamwatch::source::decode::decode_line(line.as_bytes())
                .unwrap()
                .expect("a post");
            let p = partition(account_of(&input), 6);
            let mut headers = async_nats::HeaderMap::new();
            headers.insert(
                async_nats::header::NATS_MESSAGE_ID,
                format!("again:{n}").as_str(),
            );
            let ack = js
                .publish_with_headers(format!("scamwatch.posts.{p}"), headers, line.clone().into())
                .await
                .expect("publish");
            let ack = ack.await.expect("publish acknowledged");
            assert!(!ack.duplicate, "a message id of its own is stored");
        }
    });
}

/// Whether each of the 6 partitions' commit (`sw:part:<p>:committed`) reached the last
/// sequence of its subject in the posts stream.
fn all_committed(servers: &Servers) -> bool {
    let mut redis = redis::Client::open(format!("redis://127.0.0.1:{}", servers.redis_port))
        .unwrap()
        .get_connection()
        .unwrap();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let client = async_nats::connect(format!("nats://127.0.0.1:{}", servers.nats_port))
            .await
            .expect("connect to NATS");
        let js = async_nats::jetstream::new(client);
        let stream = js.get_stream("SCAMWATCH").await.expect("the posts stream");
        for p in 0..6 {
            let Ok(last) = stream
                .get_last_raw_message_by_subject(&format!("scamwatch.posts.{p}"))
                .await
            else {
                continue; // nothing on this partition
            };
            let committed: Option<u64> = redis::cmd("GET")
                .arg(format!("sw:part:{p}:committed"))
                .query(&mut redis)
                .unwrap();
            if committed.unwrap_or(0) < last.sequence {
                return false;
            }
        }
        true
    })
}

#[test]
fn cluster_posts_sent_again_after_a_worker_was_killed_are_dropped_as_a_replay_drops_them() {
    let dir = tempfile::tempdir().unwrap();
    let Some(servers) = Servers::start(dir.path()) else {
        return;
    };
    let input = takeover_stream(dir.path(), 3000);
    let lines: Vec<String> = std::fs::read_to_string(&input)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    // The stream's last posts, sent again (an upstream resuming from a rewound cursor).
    let mut again: Vec<String> = lines
        .iter()
        .rev()
        .filter(|l| {
            matches!(
                scamwatch::source::decode::decode_line(l.as_bytes()),
                Ok(Some(scamwatch::detect::event::Input::Post(_)))
            )
        })
        .take(150)
        .cloned()
        .collect();
    again.reverse();
    let full = dir.path().join("with-posts-again.jsonl");
    std::fs::write(
        &full,
        format!("{}\n{}\n", lines.join("\n"), again.join("\n")),
    )
    .unwrap();
    let expected = sorted(replay_records(&full));
    let before = replay_records(&input).len();
    let dropped_before = replay_duplicates(&input);
    let dropped_again = replay_duplicates(&full) - dropped_before;
    assert_eq!(
        dropped_again,
        again.len() as u64,
        "the replay drops every post sent again (within its duplicate window)"
    );

    let config = servers.config(
        None,
        "batch = 32\nmetrics_listen = \"127.0.0.1:0\"\nmetrics_auth = \"none\"",
    );
    ingest(&config, &input);
    // One worker decides the whole stream (every post id is then in its memory and in
    // Redis), and is killed.
    let mut first = Worker::start(&config, dir.path(), 0);
    wait_for_records(&config, before, 120);
    wait_for(60, "every partition committed to its stream's end", || {
        all_committed(&servers).then_some(())
    });
    first.kill_9();
    // Two new workers take its partitions over (each one's lease lapses first): none of them
    // ever saw a post of the stream.
    let workers: Vec<Worker> = (1..3)
        .map(|n| Worker::start(&config, dir.path(), n))
        .collect();
    let pages = || -> Vec<String> { workers.iter().map(metrics_of).collect() };
    wait_for(60, "the two new workers to own every partition", || {
        let owned: f64 = pages()
            .iter()
            .map(|p| metric_sum(p, "scamwatch_cluster_partitions_owned"))
            .sum();
        (owned == 6.0).then_some(())
    });
    publish_again(servers.nats_port, &again);
    // Every post sent again is either decided or dropped (dropped ones are counted at their
    // batch's commit); the new owners never saw them, so only the ids in Redis drop them.
    let (decided, dropped) = wait_for(120, "the posts sent again to be handled", || {
        let sum = |name: &str| -> f64 { pages().iter().map(|p| metric_sum(p, name)).sum() };
        let (decided, dropped) = (
            sum("scamwatch_posts_processed_total"),
            sum("scamwatch_posts_duplicate_total"),
        );
        (decided + dropped >= again.len() as f64).then_some((decided, dropped))
    });
    assert_eq!(
        (decided, dropped),
        (0.0, dropped_again as f64),
        "(decided, dropped) of the posts sent again"
    );
    let got = sorted(cluster_records(&config));
    assert_same(
        &got,
        &expected,
        "records with posts sent again differ from the replay's",
    );
    drop(workers);
    drop(servers);
}
