//! Shutdown on request: Ctrl-C (SIGINT) or SIGTERM cancel one [`CancellationToken`], which every
//! long-running command (`serve`, `demo`, `firehose`) takes as its stop trigger. Tests pass
//! their own token instead. SIGHUP is not a shutdown: `serve` reloads on it (`reload`).

use tokio::signal::unix::{SignalKind, signal};
use tokio_util::sync::CancellationToken;

/// A token cancelled at the first Ctrl-C (SIGINT) or SIGTERM.
///
/// The handlers are installed before this returns, so a signal sent once the command has said
/// it is ready stops it cleanly instead of killing it. Call it inside a tokio runtime.
///
/// # Errors
/// The signal handlers cannot be installed.
pub fn on_signals() -> std::io::Result<CancellationToken> {
    let mut term = signal(SignalKind::terminate())?;
    let mut int = signal(SignalKind::interrupt())?;
    let token = CancellationToken::new();
    let cancel = token.clone();
    tokio::spawn(async move {
        tokio::select! {
            _ = term.recv() => {}
            _ = int.recv() => {}
        }
        cancel.cancel();
    });
    Ok(token)
}
