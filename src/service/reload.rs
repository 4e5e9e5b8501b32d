//! Hot reload: on a file change (debounced), on SIGHUP and on `POST /rules/reload`, compile the
//! rules and load the model off the hot path with [`crate::detect::load::load`] — the same path as
//! startup — then hand the result to the detector through its queue, which swaps it in between
//! two posts. A broken file never replaces working rules: the failure is logged, counted and
//! published on the alert stream, and the previous set keeps running.

use std::sync::Arc;
use std::time::Duration;

use notify::{EventKind, RecursiveMode, Watcher};
use tokio::sync::{mpsc, oneshot};
use tokio_util::sync::CancellationToken;

use super::{Msg, Shared, is_detection_file};
use crate::detect::load::ReloadTrigger;

/// A reload asked for by a signal or a request; `reply` gets the rule count or the errors.
pub(crate) struct ReloadRequest {
    pub trigger: ReloadTrigger,
    pub reply: Option<oneshot::Sender<Result<usize, Vec<String>>>>,
}

/// File-change notifications, set up before the service says it is listening so no change
/// made after that is missed.
pub(crate) struct Watch {
    _watcher: Option<notify::RecommendedWatcher>,
    changed: mpsc::Receiver<()>,
}

pub(crate) fn watch_files(cfg: &crate::service::config::ServeConfig) -> Watch {
    let (tx, changed) = mpsc::channel::<()>(1);
    let watcher = if cfg.reload.watch {
        watch(cfg, tx)
    } else {
        None
    };
    Watch {
        _watcher: watcher,
        changed,
    }
}

pub(crate) async fn run(
    shared: Arc<Shared>,
    queue: mpsc::Sender<Msg>,
    mut requests: mpsc::Receiver<ReloadRequest>,
    files: Watch,
    stop: CancellationToken,
) {
    let Watch {
        _watcher,
        mut changed,
    } = files;
    let mut hup = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()) {
        Ok(s) => Some(s),
        Err(e) => {
            tracing::warn!(error = %e, "SIGHUP reload unavailable");
            None
        }
    };
    let debounce = Duration::from_millis(shared.cfg.reload.debounce_ms);
    loop {
        tokio::select! {
            () = stop.cancelled() => break,
            Some(req) = requests.recv() => {
                reload(&shared, &queue, req.trigger, req.reply).await;
            }
            Some(()) = changed.recv() => {
                // Editors write in bursts: wait for `debounce` without another change.
                loop {
                    tokio::select! {
                        () = tokio::time::sleep(debounce) => break,
                        Some(()) = changed.recv() => {}
                        () = stop.cancelled() => return,
                    }
                }
                reload(&shared, &queue, ReloadTrigger::Watch, None).await;
            }
            Some(()) = async { match hup.as_mut() { Some(h) => h.recv().await, None => None } } => {
                reload(&shared, &queue, ReloadTrigger::Signal, None).await;
            }
        }
    }
}

/// True for the symlink Kubernetes swaps to update a mounted ConfigMap or Secret: the
/// directory holds `NAME -> ..data/NAME` links and the kubelet renames a new `..data` (pointing
/// to a new timestamped directory) over the old one, so no `*.toml` path changes while every
/// file's content does (issue 14; `tests/it/serve.rs`,
/// `a_configmap_symlink_swap_reloads_the_rules`).
fn is_atomic_swap(path: &std::path::Path) -> bool {
    path.file_name().is_some_and(|n| n == "..data")
}

/// Watches the rules and models directories; `None` (with a warning) when it cannot.
fn watch(
    cfg: &crate::service::config::ServeConfig,
    changed: mpsc::Sender<()>,
) -> Option<notify::RecommendedWatcher> {
    let handler = move |res: notify::Result<notify::Event>| {
        if let Ok(ev) = res
            && matches!(
                ev.kind,
                EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_)
            )
            && ev
                .paths
                .iter()
                .any(|p| is_detection_file(p) || is_atomic_swap(p))
        {
            // Full means a reload is pending already.
            let _ = changed.try_send(());
        }
    };
    let mut w = match notify::recommended_watcher(handler) {
        Ok(w) => w,
        Err(e) => {
            tracing::warn!(error = %e, "file watching unavailable: reload with SIGHUP or POST /rules/reload");
            return None;
        }
    };
    let mut dirs = vec![cfg.detector.rules.clone()];
    dirs.extend(cfg.detector.models.clone());
    for d in dirs {
        if let Err(e) = w.watch(&d, RecursiveMode::NonRecursive) {
            tracing::warn!(dir = %d.display(), error = %e, "cannot watch directory");
        }
    }
    Some(w)
}

async fn reload(
    shared: &Shared,
    queue: &mpsc::Sender<Msg>,
    trigger: ReloadTrigger,
    reply: Option<oneshot::Sender<Result<usize, Vec<String>>>>,
) {
    let cfg = shared.cfg.clone();
    let result = tokio::task::spawn_blocking(move || cfg.detector.load().map_err(|e| e.messages()))
        .await
        .unwrap_or_else(|e| Err(vec![format!("reload task failed: {e}")]));
    let answer = match result {
        Ok((rules, model)) => {
            let n = rules.rules().len();
            let (rules, model) = (Arc::new(rules), Arc::new(model));
            *shared.detection.write().expect("detection lock") =
                (Arc::clone(&rules), Arc::clone(&model));
            let _ = queue.send(Msg::Swap(rules, model, trigger)).await;
            Ok(n)
        }
        Err(errors) => {
            let _ = queue.send(Msg::ReloadFailed(errors.clone(), trigger)).await;
            Err(errors)
        }
    };
    if let Some(r) = reply {
        let _ = r.send(answer);
    }
    reload_certificate(shared).await;
}

/// Reads `[http.tls]`'s files again (a renewed certificate), counted in
/// `scamwatch_http_tls_reloads_total`; a failure keeps the certificate in use and is logged.
async fn reload_certificate(shared: &Shared) {
    let Some(store) = shared.certificate.clone() else {
        return;
    };
    let result = tokio::task::spawn_blocking(move || store.reload())
        .await
        .map_err(|e| e.to_string())
        .and_then(|r| r.map_err(|e| e.to_string()));
    let label = match result {
        Ok(()) => {
            tracing::info!("tls certificate reloaded");
            "applied"
        }
        Err(e) => {
            tracing::error!(error = %e, "tls certificate reload failed: the previous certificate stays");
            "failed"
        }
    };
    shared.metrics.tls_reloads.with_label_values(&[label]).inc();
}
