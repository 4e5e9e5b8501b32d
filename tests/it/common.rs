//! Helpers shared by the integration tests: run the real binary, read fixtures.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled July 2020 sample: it ships with the synthetic generator (`src/synth/`), the
/// other fixtures live in `tests/data/`.
pub const SAMPLE: &str = "july2020.jsonl";

/// A fixture by file name (the bundled sample included).
pub fn data(name: &str) -> PathBuf {
    if name == SAMPLE {
        root().join("src/synth").join(name)
    } else {
        root().join("tests/data").join(name)
    }
}

/// The bundled sample's path.
pub fn sample() -> PathBuf {
    data(SAMPLE)
}

/// Runs the built `scamwatch` binary with `args` from the repository root.
pub fn scamwatch(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_scamwatch"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the scamwatch binary runs")
}

/// The records `replay` writes for the posts in `file` (the shipped rules and the built-in
/// model: what `serve` runs by default), one per line: what a live run must reproduce.
pub fn replay_records(file: &std::path::Path) -> Vec<String> {
    let out = scamwatch(&["replay", file.to_str().unwrap()]);
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

/// The JSON records a replay printed on stdout.
pub fn records(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .expect("stdout is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

/// Replays one fixture file with the shipped rules and model; panics unless it exits 0.
pub fn replay(file: &Path) -> (Vec<Value>, String) {
    let out = scamwatch(&[
        "replay",
        file.to_str().unwrap(),
        "--rules",
        "rules",
        "--models",
        "models",
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "replay failed: {stderr}");
    (records(&out), stderr)
}

/// Post alerts by tweet id.
pub fn alerts_by_tweet(records: &[Value]) -> HashMap<String, Value> {
    records
        .iter()
        .filter(|r| r["kind"] == "alert")
        .map(|r| (r["tweet_id"].as_str().unwrap().to_string(), r.clone()))
        .collect()
}

/// Rows of a small CSV without quoting (the fixtures' labels and expectations).
pub fn csv_rows(path: &Path) -> Vec<Vec<String>> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.splitn(3, ',').map(str::to_string).collect())
        .collect()
}

/// The API token [`Service::start`] gives every service (as `SCAMWATCH_HTTP_TOKEN`, which a
/// configuration's own `http.token*` replaces).
pub const TEST_TOKEN: &str = "test-http-token";

/// The header that carries [`TEST_TOKEN`].
pub const AUTH: (&str, &str) = ("Authorization", "Bearer test-http-token");

/// A websocket client request for `url` with `Authorization: Bearer token`.
pub fn ws_request(
    url: &str,
    token: &str,
) -> tokio_tungstenite::tungstenite::handshake::client::Request {
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;
    let mut req = url.into_client_request().unwrap();
    req.headers_mut()
        .insert("authorization", format!("Bearer {token}").parse().unwrap());
    req
}

/// `GET /metrics` with the test token: the page (panics unless 200).
pub fn metrics_page(addr: std::net::SocketAddr) -> String {
    let (status, body) = http(addr, "GET", "/metrics", &[AUTH]);
    assert_eq!(status, 200, "{body}");
    body
}

/// A `scamwatch serve` child process, stopped with SIGTERM (then killed) when dropped.
pub struct Service {
    pub child: std::process::Child,
    pub http: std::net::SocketAddr,
    /// The `/metrics` listener's address, when `http.metrics_listen` is set.
    pub metrics: Option<std::net::SocketAddr>,
    /// Whether it printed `https://` (`[http.tls]`).
    pub tls: bool,
    pub stderr: std::sync::Arc<std::sync::Mutex<String>>,
}

impl Service {
    /// Starts the real binary with `args` (after `serve`), with [`TEST_TOKEN`] as its API
    /// token, and waits (at most 60 s) for its "listening on http(s)://ADDR" line (after the
    /// "metrics on …" line when there is one).
    pub fn start(args: &[&str]) -> Service {
        Service::start_with_token(args, Some(TEST_TOKEN))
    }

    /// [`Service::start`] with `SCAMWATCH_HTTP_TOKEN` set to `token`, or unset.
    pub fn start_with_token(args: &[&str], token: Option<&str>) -> Service {
        Service::start_command(Command::new(env!("CARGO_BIN_EXE_scamwatch")), args, token)
    }

    /// [`Service::start`] through a launcher that ends by executing the binary (its path is
    /// the last word added to `launcher`), e.g. `nsenter -t PID -m` to run the service in
    /// another process's mount namespace. The child's pid is the service's, since the
    /// launcher executes it.
    pub fn start_via(launcher: &[&str], args: &[&str]) -> Service {
        let mut cmd = Command::new(launcher[0]);
        cmd.args(&launcher[1..])
            .arg(env!("CARGO_BIN_EXE_scamwatch"));
        Service::start_command(cmd, args, Some(TEST_TOKEN))
    }

    fn start_command(mut cmd: Command, args: &[&str], token: Option<&str>) -> Service {
        use std::io::{BufRead, BufReader};
        match token {
            Some(t) => cmd.env("SCAMWATCH_HTTP_TOKEN", t),
            None => cmd.env_remove("SCAMWATCH_HTTP_TOKEN"),
        };
        let mut child = cmd
            .arg("serve")
            .args(args)
            .current_dir(root())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("scamwatch serve starts");
        let stderr = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        {
            let sink = std::sync::Arc::clone(&stderr);
            let err = child.stderr.take().unwrap();
            std::thread::spawn(move || {
                for line in BufReader::new(err).lines().map_while(Result::ok) {
                    let mut s = sink.lock().unwrap();
                    s.push_str(&line);
                    s.push('\n');
                }
            });
        }
        let out = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let addr = |a: &str| {
                let (scheme, a) = a.split_once("://").unwrap();
                (
                    scheme == "https",
                    a.parse::<std::net::SocketAddr>().unwrap(),
                )
            };
            let mut metrics = None;
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                if let Some(a) = line.strip_prefix("metrics on ") {
                    metrics = Some(addr(a).1);
                }
                if let Some(a) = line.strip_prefix("listening on ") {
                    let (tls, http) = addr(a);
                    let _ = tx.send((http, metrics, tls));
                }
            }
        });
        let (http, metrics, tls) = match rx.recv_timeout(std::time::Duration::from_secs(60)) {
            Ok(a) => a,
            Err(_) => {
                let _ = child.kill();
                panic!("serve did not start: {}", stderr.lock().unwrap());
            }
        };
        Service {
            child,
            http,
            metrics,
            tls,
            stderr,
        }
    }

    /// SIGTERM, then the exit status (at most 60 s).
    pub fn stop(mut self) -> std::process::ExitStatus {
        let pid = self.child.id() as i32;
        // SAFETY: sending a signal to our own child process.
        unsafe { libc_kill(pid, 15) };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                return s;
            }
            if std::time::Instant::now() > deadline {
                let _ = self.child.kill();
                panic!(
                    "serve did not stop on SIGTERM: {}",
                    self.stderr.lock().unwrap()
                );
            }
            std::thread::park_timeout(std::time::Duration::from_millis(20));
        }
    }

    /// Sends `sig` (e.g. 1 for SIGHUP) to the service.
    pub fn signal(&self, sig: i32) {
        // SAFETY: sending a signal to our own child process.
        unsafe { libc_kill(self.child.id() as i32, sig) };
    }

    pub fn logs(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

unsafe extern "C" {
    #[link_name = "kill"]
    fn libc_kill(pid: i32, sig: i32) -> i32;
}

/// A bare HTTP/1.1 request on loopback: (status, body).
pub fn http(
    addr: std::net::SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
) -> (u16, String) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .unwrap();
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: 0\r\n"
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    let mut buf = String::new();
    s.read_to_string(&mut buf).unwrap();
    let (head, body) = buf.split_once("\r\n\r\n").unwrap_or((&buf, ""));
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, body.to_string())
}

/// The value of a metric line (`name{labels} value`) in a Prometheus text page.
pub fn metric(page: &str, name_and_labels: &str) -> Option<f64> {
    page.lines()
        .find(|l| l.starts_with(name_and_labels) && l[name_and_labels.len()..].starts_with(' '))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
}

/// Polls `f` every 20 ms until it returns Some, for at most `secs` seconds.
pub fn wait_for<T>(secs: u64, what: &str, mut f: impl FnMut() -> Option<T>) -> T {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    loop {
        if let Some(v) = f() {
            return v;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        std::thread::park_timeout(std::time::Duration::from_millis(20));
    }
}

/// Sends `lines` to a service's `/ingest` websocket (16 lines per frame, with the bearer
/// `token` when given), then closes the connection.
pub fn ingest<S: AsRef<str>>(addr: std::net::SocketAddr, lines: &[S], token: Option<&str>) {
    use futures_util::SinkExt;
    use tokio_tungstenite::tungstenite::Message;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let mut req =
            tokio_tungstenite::tungstenite::client::IntoClientRequest::into_client_request(
                format!("ws://{addr}/ingest"),
            )
            .unwrap();
        if let Some(t) = token {
            req.headers_mut()
                .insert("authorization", format!("Bearer {t}").parse().unwrap());
        }
        let (mut ws, _) = tokio_tungstenite::connect_async(req)
            .await
            .expect("connect to /ingest");
        for chunk in lines.chunks(16) {
            let frame: Vec<&str> = chunk.iter().map(AsRef::as_ref).collect();
            ws.send(Message::Text(frame.join("\n").into()))
                .await
                .unwrap();
        }
        ws.close(None).await.unwrap();
    });
}

/// Debian's headless Chromium with the flags every browser test needs (no sandbox, GPU or
/// background network, a profile in `profile`); `None`, with a note on stderr, when it is not
/// installed and this is not CI (in CI, where `.ci/run` installs it, a panic).
pub fn headless_chromium(profile: &Path) -> Option<Command> {
    let chromium = Path::new("/usr/bin/chromium");
    if !chromium.exists() {
        let msg = "/usr/bin/chromium not found: install Debian's `chromium` (.ci/run does)";
        assert!(!std::env::var("CI").is_ok_and(|v| v == "true"), "{msg}");
        eprintln!("skipping the browser check: {msg}");
        return None;
    }
    let mut cmd = Command::new(chromium);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    Some(cmd)
}

/// The PHC string `scamwatch console-hash-password` prints for `password`.
pub fn console_password_hash(password: &str) -> String {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_scamwatch"))
        .arg("console-hash-password")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{password}\n").as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let phc = String::from_utf8(out.stdout).unwrap().trim().to_string();
    assert!(phc.starts_with("$argon2id$"), "{phc}");
    phc
}

/// A running `scamwatch demo` (as a [`Service`]) and the lines it prints on stdout, collected
/// as they arrive. `http` is set once the banner has printed the service's address.
pub struct Demo {
    pub svc: Service,
    pub lines: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl Demo {
    /// Starts `scamwatch demo --http 127.0.0.1:0` with `args` after it, from the repository
    /// root, and waits for the banner's metrics line.
    pub fn start(args: &[&str]) -> Demo {
        use std::io::{BufRead, BufReader};
        let mut child = Command::new(env!("CARGO_BIN_EXE_scamwatch"))
            .args(["demo", "--http", "127.0.0.1:0"])
            .args(args)
            .current_dir(root())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let out = child.stdout.take().unwrap();
        let lines = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let sink = std::sync::Arc::clone(&lines);
        std::thread::spawn(move || {
            for l in BufReader::new(out).lines().map_while(Result::ok) {
                sink.lock().unwrap().push(l);
            }
        });
        let mut demo = Demo {
            svc: Service {
                child,
                http: "127.0.0.1:1".parse().unwrap(),
                metrics: None,
                tls: false,
                stderr: std::sync::Arc::new(std::sync::Mutex::new(String::new())),
            },
            lines,
        };
        demo.svc.http = wait_for(60, "the banner", || {
            demo.banner("metrics").and_then(|m| {
                m.strip_prefix("http://")?
                    .strip_suffix("/metrics")?
                    .parse()
                    .ok()
            })
        });
        demo
    }

    /// The first word after `label` on a banner line (`metrics`, `api token`, `console`).
    pub fn banner(&self, label: &str) -> Option<String> {
        self.lines.lock().unwrap().iter().find_map(|l| {
            l.trim()
                .strip_prefix(label)
                .filter(|rest| rest.starts_with(' '))
                .and_then(|rest| rest.split_whitespace().next())
                .map(str::to_string)
        })
    }

    /// Waits up to `secs` for a printed line containing `needle`.
    pub fn wait_for_line(&self, secs: u64, needle: &str) -> String {
        wait_for(secs, needle, || {
            self.lines
                .lock()
                .unwrap()
                .iter()
                .find(|l| l.contains(needle))
                .cloned()
        })
    }
}

/// Test certificates made with rcgen, written as PEM files into a directory: a CA, a server
/// certificate it signed for `localhost` and `127.0.0.1`, and a client certificate it signed
/// (for mTLS).
pub struct Pki {
    pub ca: PathBuf,
    pub server_cert: PathBuf,
    pub server_key: PathBuf,
    pub client_cert: PathBuf,
    pub client_key: PathBuf,
    /// The CA as PEM text.
    pub ca_pem: String,
}

impl Pki {
    pub fn new(dir: &Path) -> Pki {
        use rcgen::{
            BasicConstraints, CertificateParams, CertifiedIssuer, DnType, ExtendedKeyUsagePurpose,
            IsCa, KeyPair, KeyUsagePurpose,
        };
        let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca.distinguished_name
            .push(DnType::CommonName, "scamwatch test CA");
        ca.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        let ca = CertifiedIssuer::self_signed(ca, KeyPair::generate().unwrap()).unwrap();
        let leaf = |names: Vec<String>, usage: ExtendedKeyUsagePurpose, cn: &str| {
            let mut p = CertificateParams::new(names).unwrap();
            p.distinguished_name.push(DnType::CommonName, cn);
            p.extended_key_usages = vec![usage];
            let key = KeyPair::generate().unwrap();
            let cert = p.signed_by(&key, &ca).unwrap();
            (cert.pem(), key.serialize_pem())
        };
        let (server_cert, server_key) = leaf(
            vec!["localhost".into(), "127.0.0.1".into()],
            ExtendedKeyUsagePurpose::ServerAuth,
            "localhost",
        );
        let (client_cert, client_key) = leaf(
            Vec::new(),
            ExtendedKeyUsagePurpose::ClientAuth,
            "scamwatch test client",
        );
        let write = |name: &str, text: &str| {
            let p = dir.join(name);
            std::fs::write(&p, text).unwrap();
            p
        };
        Pki {
            ca: write("ca.pem", &ca.pem()),
            server_cert: write("server.pem", &server_cert),
            server_key: write("server.key", &server_key),
            client_cert: write("client.pem", &client_cert),
            client_key: write("client.key", &client_key),
            ca_pem: ca.pem(),
        }
    }

    /// A reqwest client that trusts only this CA.
    pub fn client(&self) -> reqwest::Client {
        reqwest::Client::builder()
            .tls_built_in_root_certs(false)
            .add_root_certificate(reqwest::Certificate::from_pem(self.ca_pem.as_bytes()).unwrap())
            .build()
            .unwrap()
    }
}

/// A bare HTTP/1.1 request with a body: (status, head, body).
pub fn http_body(
    addr: std::net::SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, String, String) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .unwrap();
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    // The server may answer (413) before reading everything: a failed write is fine then.
    let _ = s.write_all(body);
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let buf = String::from_utf8_lossy(&buf).into_owned();
    let (head, body) = buf.split_once("\r\n\r\n").unwrap_or((&buf, ""));
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, head.to_string(), body.to_string())
}

/// A webhook receiver on 127.0.0.1 for hooks signed with `secret`: refuses everything (503)
/// until `accept`; keeps each delivery (id, body) whose signature verifies, and the ids of
/// those that do not.
#[derive(Default)]
pub struct HookReceiver {
    pub accept: std::sync::atomic::AtomicBool,
    pub refused: std::sync::atomic::AtomicUsize,
    pub delivered: std::sync::Mutex<Vec<(String, axum::body::Bytes)>>,
    pub bad_signatures: std::sync::Mutex<Vec<String>>,
}

/// Starts a [`HookReceiver`] at `http://ADDR/hook` on `rt`.
pub fn start_hook_receiver(
    rt: &tokio::runtime::Runtime,
    secret: &'static str,
) -> (std::sync::Arc<HookReceiver>, std::net::SocketAddr) {
    use axum::http::{HeaderMap, StatusCode};
    use scamwatch::sink::sign::{IDEMPOTENCY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verify};
    use std::sync::atomic::Ordering;
    let recv = std::sync::Arc::new(HookReceiver::default());
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let addr = listener.local_addr().unwrap();
    let r = std::sync::Arc::clone(&recv);
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |headers: HeaderMap, body: axum::body::Bytes| {
            let recv = std::sync::Arc::clone(&r);
            async move {
                if !recv.accept.load(Ordering::SeqCst) {
                    recv.refused.fetch_add(1, Ordering::SeqCst);
                    return StatusCode::SERVICE_UNAVAILABLE;
                }
                let h = |n: &str| {
                    headers
                        .get(n)
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("")
                        .to_string()
                };
                let now = chrono::Utc::now().timestamp();
                let id = h(IDEMPOTENCY_HEADER);
                if verify(
                    secret.as_bytes(),
                    &h(TIMESTAMP_HEADER),
                    &h(SIGNATURE_HEADER),
                    &body,
                    now,
                    300,
                )
                .is_err()
                {
                    recv.bad_signatures.lock().unwrap().push(id);
                    return StatusCode::UNAUTHORIZED;
                }
                recv.delivered.lock().unwrap().push((id, body));
                StatusCode::OK
            }
        }),
    );
    rt.spawn(async move { axum::serve(listener, app).await.unwrap() });
    (recv, addr)
}
