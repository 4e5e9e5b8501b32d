//! Prometheus metrics of one webhook sink. Every metric carries the sink's name as a constant
//! label, so several sinks register the same metric names on one registry (the registry keys
//! collectors by name *and* constant label values) and `/metrics` shows one family per name.
//! Variable labels are small closed sets (outcome, reason): never record ids.

use prometheus::{
    Histogram, HistogramOpts, IntCounter, IntCounterVec, IntGauge, Opts, Registry, core::Collector,
};

use super::SinkError;

pub(crate) struct Metrics {
    registry: Registry,
    pub enqueued: IntCounter,
    pub filtered_out: IntCounter,
    /// outcome = success | retryable | permanent
    pub attempts: IntCounterVec,
    pub delivered: IntCounter,
    /// reason = timeout | connect | http_429 | http_503 | http_4xx | http_5xx | http_other |
    /// outbox_read | other
    pub failures: IntCounterVec,
    pub retries: IntCounter,
    /// reason = max_attempts | max_age | rejected
    pub dead_letters: IntCounterVec,
    pub latency: Histogram,
    pub depth: IntGauge,
    pub oldest_age: IntGauge,
    pub recovered: IntCounter,
    pub corrupt: IntCounter,
}

fn reg<C: Collector + Clone + 'static>(r: &Registry, c: C) -> Result<C, SinkError> {
    r.register(Box::new(c.clone()))?;
    Ok(c)
}

impl Metrics {
    pub(crate) fn register(registry: &Registry, sink: &str) -> Result<Metrics, SinkError> {
        let o = |name: &str, help: &str| Opts::new(name, help).const_label("sink", sink);
        Ok(Metrics {
            registry: registry.clone(),
            enqueued: reg(
                registry,
                IntCounter::with_opts(o(
                    "scamwatch_webhook_enqueued_total",
                    "Records written to the webhook outbox",
                ))?,
            )?,
            filtered_out: reg(
                registry,
                IntCounter::with_opts(o(
                    "scamwatch_webhook_filtered_out_total",
                    "Records this webhook's filters did not select",
                ))?,
            )?,
            attempts: reg(
                registry,
                IntCounterVec::new(
                    o(
                        "scamwatch_webhook_attempts_total",
                        "Delivery attempts by outcome (success, retryable, permanent)",
                    ),
                    &["outcome"],
                )?,
            )?,
            delivered: reg(
                registry,
                IntCounter::with_opts(o(
                    "scamwatch_webhook_delivered_total",
                    "Records acknowledged with a 2xx and removed from the outbox",
                ))?,
            )?,
            failures: reg(
                registry,
                IntCounterVec::new(
                    o(
                        "scamwatch_webhook_failures_total",
                        "Failed delivery attempts by reason",
                    ),
                    &["reason"],
                )?,
            )?,
            retries: reg(
                registry,
                IntCounter::with_opts(o(
                    "scamwatch_webhook_retries_total",
                    "Failed attempts scheduled for another try",
                ))?,
            )?,
            dead_letters: reg(
                registry,
                IntCounterVec::new(
                    o(
                        "scamwatch_webhook_dead_letters_total",
                        "Records moved to the dead-letter file, by reason",
                    ),
                    &["reason"],
                )?,
            )?,
            latency: reg(
                registry,
                Histogram::with_opts(
                    HistogramOpts::new(
                        "scamwatch_webhook_delivery_seconds",
                        "Duration of one delivery attempt (request sent to response or error)",
                    )
                    .const_label("sink", sink)
                    .buckets(vec![
                        0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
                    ]),
                )?,
            )?,
            depth: reg(
                registry,
                IntGauge::with_opts(o(
                    "scamwatch_outbox_depth",
                    "Records in the outbox not yet delivered or dead-lettered",
                ))?,
            )?,
            oldest_age: reg(
                registry,
                IntGauge::with_opts(o(
                    "scamwatch_outbox_oldest_age_seconds",
                    "Age of the oldest record in the outbox (0 when empty)",
                ))?,
            )?,
            recovered: reg(
                registry,
                IntCounter::with_opts(o(
                    "scamwatch_outbox_recovered_total",
                    "Undelivered records found in the outbox at startup",
                ))?,
            )?,
            corrupt: reg(
                registry,
                IntCounter::with_opts(o(
                    "scamwatch_outbox_corrupt_total",
                    "Torn or garbage regions and unknown files skipped while recovering the outbox",
                ))?,
            )?,
        })
    }
}

impl Drop for Metrics {
    /// Unregisters this sink's series, so a sink can be reopened on the same registry (a
    /// configuration reload, a restart of delivery) without a duplicate-registration error.
    fn drop(&mut self) {
        let cs: [Box<dyn Collector>; 12] = [
            Box::new(self.enqueued.clone()),
            Box::new(self.filtered_out.clone()),
            Box::new(self.attempts.clone()),
            Box::new(self.delivered.clone()),
            Box::new(self.failures.clone()),
            Box::new(self.retries.clone()),
            Box::new(self.dead_letters.clone()),
            Box::new(self.latency.clone()),
            Box::new(self.depth.clone()),
            Box::new(self.oldest_age.clone()),
            Box::new(self.recovered.clone()),
            Box::new(self.corrupt.clone()),
        ];
        for c in cs {
            let _ = self.registry.unregister(c);
        }
    }
}
