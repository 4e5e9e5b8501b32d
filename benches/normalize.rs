//! Throughput of text normalization on a typical ~200-byte post (ASCII and obfuscated).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use scamwatch::detect::normalize::{Text, normalize_into};
use std::hint::black_box;

const ASCII: &str = "Hey everyone! I'm giving back to the community: send 0.1 BTC to the address \
below and I'll send back 0.2 BTC. Only for the next 30 minutes, first 1000 people. \
Don't miss out!! #bitcoin #giveaway";

const OBFUSCATED: &str = "Ｈｅｙ everyone! I'm giving back: s3nd 0.1 Вitсоin to the address \
below and I'll send b@ck 𝐝𝐨𝐮𝐛𝐥𝐞🚀🚀 Only for the next 30 minutes, f\u{200b}irst 1000 people. \
D.O.U.B.L.E #giveaway";

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("normalize");
    for (name, input) in [("ascii", ASCII), ("obfuscated", OBFUSCATED)] {
        group.throughput(Throughput::Bytes(input.len() as u64));
        let mut text = Text::default();
        group.bench_function(name, |b| {
            b.iter(|| {
                normalize_into(&mut text, black_box(input));
                black_box(text.as_str().len())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
