//! TLS on the HTTP listeners (`[http.tls]`, `docs/serve.md#tls`): rustls with the ring
//! provider (the one reqwest and the websocket client already use), a certificate chain and a
//! key from PEM files, and a [`Listener`] for `axum::serve` that does the handshakes.
//!
//! The certificate is read again on every reload (SIGHUP, `POST /rules/reload`, a change to the
//! watched rule files): a renewed certificate (cert-manager, certbot) takes effect for new
//! connections without a restart, and a broken or half-written pair keeps the one in use
//! ([`CertStore`]).
//!
//! Why handshakes off the accept loop: a client that opens a connection and never speaks
//! would otherwise hold up every other connection. Each handshake runs in a task of its own,
//! bounded by [`HANDSHAKE_TIMEOUT`]; the listener hands out only finished ones.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use axum::serve::Listener;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::server::{ClientHello, ResolvesServerCert};
use rustls::sign::CertifiedKey;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio::task::JoinSet;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::server::TlsStream;

use super::config::TlsConfig;

/// A client gets this long to finish its handshake.
pub const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// Why the TLS configuration cannot be used. Each names the key to fix.
#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    #[error("{key}: cannot read {}: {source}", .path.display())]
    Read {
        key: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{key}: {} is not PEM the way it should be: {reason}", .path.display())]
    Pem {
        key: &'static str,
        path: PathBuf,
        reason: String,
    },
    #[error("http.tls.cert_file: {} holds no certificate (`-----BEGIN CERTIFICATE-----`)", .0.display())]
    NoCertificate(PathBuf),
    #[error("http.tls.key_file: {} holds no private key (`-----BEGIN PRIVATE KEY-----`, `RSA PRIVATE KEY` or `EC PRIVATE KEY`)", .0.display())]
    NoKey(PathBuf),
    #[error("http.tls: the certificate and key do not make a TLS configuration: {0}")]
    Rejected(#[source] rustls::Error),
}

fn read(key: &'static str, path: &Path) -> Result<Vec<u8>, TlsError> {
    std::fs::read(path).map_err(|source| TlsError::Read {
        key,
        path: path.to_path_buf(),
        source,
    })
}

fn pem_error(key: &'static str, path: &Path, e: rustls::pki_types::pem::Error) -> TlsError {
    TlsError::Pem {
        key,
        path: path.to_path_buf(),
        reason: e.to_string(),
    }
}

/// The certificates of a PEM file (every `CERTIFICATE` block, in order).
///
/// # Errors
/// The file cannot be read or is not PEM (`key` names the setting in the message).
pub fn read_certificates(
    key: &'static str,
    path: &Path,
) -> Result<Vec<CertificateDer<'static>>, TlsError> {
    let pem = read(key, path)?;
    CertificateDer::pem_slice_iter(&pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| pem_error(key, path, e))
}

/// Reads `[http.tls]`'s chain (leaf first) and key into a certified key, checking that they fit.
fn certified_key(
    cfg: &TlsConfig,
    provider: &rustls::crypto::CryptoProvider,
) -> Result<CertifiedKey, TlsError> {
    let chain = read_certificates("http.tls.cert_file", &cfg.cert_file)?;
    if chain.is_empty() {
        return Err(TlsError::NoCertificate(cfg.cert_file.clone()));
    }
    let pem = read("http.tls.key_file", &cfg.key_file)?;
    let key = match PrivateKeyDer::from_pem_slice(&pem) {
        Ok(k) => k,
        Err(rustls::pki_types::pem::Error::NoItemsFound) => {
            return Err(TlsError::NoKey(cfg.key_file.clone()));
        }
        Err(e) => return Err(pem_error("http.tls.key_file", &cfg.key_file, e)),
    };
    CertifiedKey::from_der(chain, key, provider).map_err(TlsError::Rejected)
}

/// The listeners' certificate, swappable while they run: every handshake takes the current
/// one, [`CertStore::reload`] reads the files again.
#[derive(Debug)]
pub struct CertStore {
    cfg: TlsConfig,
    provider: Arc<rustls::crypto::CryptoProvider>,
    current: std::sync::RwLock<Arc<CertifiedKey>>,
}

impl CertStore {
    /// Reads the files again and, when they make a valid pair, serves it to new connections;
    /// otherwise the certificate in use stays. Connections already open keep theirs.
    ///
    /// # Errors
    /// As [`server_config`]; the previous certificate is still the current one.
    pub fn reload(&self) -> Result<(), TlsError> {
        let key = certified_key(&self.cfg, &self.provider)?;
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(key);
        Ok(())
    }
}

impl ResolvesServerCert for CertStore {
    fn resolve(&self, _hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        Some(Arc::clone(
            &self.current.read().unwrap_or_else(|e| e.into_inner()),
        ))
    }
}

/// Builds the server configuration of `[http.tls]`, and the store its certificate lives in
/// (for reloads).
///
/// # Errors
/// A file that cannot be read, holds no certificate or key, or a key that does not fit.
pub fn server_config(
    cfg: &TlsConfig,
) -> Result<(Arc<rustls::ServerConfig>, Arc<CertStore>), TlsError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let key = certified_key(cfg, &provider)?;
    let store = Arc::new(CertStore {
        cfg: cfg.clone(),
        provider: Arc::clone(&provider),
        current: std::sync::RwLock::new(Arc::new(key)),
    });
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(TlsError::Rejected)?
        .with_no_client_auth()
        .with_cert_resolver(Arc::clone(&store) as Arc<dyn ResolvesServerCert>);
    // axum serves HTTP/1.1 (its http2 feature is off): say so, or an h2 client would try it.
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok((Arc::new(config), store))
}

/// A TCP listener whose connections are TLS: `accept` yields handshaken streams. Failed and
/// timed-out handshakes are logged at `debug` and counted in `failed` (a port scanner or a
/// plain-HTTP client is not an error of the service).
pub struct TlsListener {
    rx: mpsc::Receiver<(TlsStream<TcpStream>, SocketAddr)>,
    local: SocketAddr,
}

impl TlsListener {
    /// Starts the handshake task on `tcp`; it ends when the listener is dropped.
    pub fn new(
        tcp: TcpListener,
        config: Arc<rustls::ServerConfig>,
        failed: prometheus::IntCounter,
    ) -> std::io::Result<TlsListener> {
        let local = tcp.local_addr()?;
        let (tx, rx) = mpsc::channel(64);
        tokio::spawn(handshakes(tcp, TlsAcceptor::from(config), tx, failed));
        Ok(TlsListener { rx, local })
    }
}

async fn handshakes(
    tcp: TcpListener,
    acceptor: TlsAcceptor,
    tx: mpsc::Sender<(TlsStream<TcpStream>, SocketAddr)>,
    failed: prometheus::IntCounter,
) {
    let mut pending = JoinSet::new();
    loop {
        while pending.try_join_next().is_some() {}
        let (stream, peer) = tokio::select! {
            r = tcp.accept() => match r {
                Ok(c) => c,
                Err(e) => {
                    // Out of file descriptors, mostly: wait a little, as axum's listener does.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = tx.closed() => break,
            Some(_) = pending.join_next(), if !pending.is_empty() => continue,
        };
        let acceptor = acceptor.clone();
        let tx = tx.clone();
        let failed = failed.clone();
        pending.spawn(async move {
            match tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(stream)).await {
                Ok(Ok(tls)) => {
                    let _ = tx.send((tls, peer)).await;
                }
                Ok(Err(e)) => {
                    failed.inc();
                    tracing::debug!(%peer, error = %e, "TLS handshake failed");
                }
                Err(_) => {
                    failed.inc();
                    tracing::debug!(%peer, "TLS handshake timed out");
                }
            }
        });
    }
}

impl Listener for TlsListener {
    type Io = TlsStream<TcpStream>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        match self.rx.recv().await {
            Some(c) => c,
            // The handshake task is gone (it only ends with the listener): accept nothing more.
            None => std::future::pending().await,
        }
    }

    fn local_addr(&self) -> std::io::Result<SocketAddr> {
        Ok(self.local)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    #[test]
    fn broken_tls_files_are_named_in_the_error() {
        let dir = tempfile::tempdir().unwrap();
        let key = rcgen::KeyPair::generate().unwrap();
        let params = rcgen::CertificateParams::new(vec!["localhost".into()]).unwrap();
        let cert = params.self_signed(&key).unwrap();
        let other = rcgen::KeyPair::generate().unwrap();
        let cert_pem = write(dir.path(), "cert.pem", &cert.pem());
        let key_pem = write(dir.path(), "key.pem", &key.serialize_pem());
        let other_pem = write(dir.path(), "other.pem", &other.serialize_pem());
        let garbage = write(dir.path(), "garbage.pem", "not pem at all\n");
        let broken = write(
            dir.path(),
            "broken.pem",
            "-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n",
        );
        let missing = dir.path().join("missing.pem");
        let cfg = |c: &Path, k: &Path| TlsConfig {
            cert_file: c.to_path_buf(),
            key_file: k.to_path_buf(),
        };
        assert!(server_config(&cfg(&cert_pem, &key_pem)).is_ok());
        let table: [(&Path, &Path, &str); 6] = [
            (&missing, &key_pem, "http.tls.cert_file: cannot read"),
            (&cert_pem, &missing, "http.tls.key_file: cannot read"),
            (&garbage, &key_pem, "http.tls.cert_file: "),
            (&broken, &key_pem, "http.tls.cert_file: "),
            (&cert_pem, &garbage, "http.tls.key_file: "),
            (&cert_pem, &other_pem, "http.tls: the certificate and key"),
        ];
        for (c, k, want) in table {
            let e = server_config(&cfg(c, k)).unwrap_err().to_string();
            assert!(e.starts_with(want), "{c:?} {k:?}: {e}");
        }
    }
}
