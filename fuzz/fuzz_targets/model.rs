//! The model files: the scoring model (`model.toml`) and the text model (its manifest and its
//! weights file). Never a panic; errors located in the file; a text model that loads gives
//! every text a probability in [0, 1] and explanations inside the text.
//!
//! The input is a TOML text, then a NUL byte, then bytes for the weights. The weights are tried
//! as they come (almost always refused by the checksum: that refusal is under test too), then
//! as a coherent weights file of the size the manifest asks for, filled from those bytes and
//! with the checksum the manifest must carry, so the fuzzer reaches what lies past the checks.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use scamwatch::detect::classifier::{Classifier, Manifest, checksum, encode_weights};
use scamwatch::detect::model::Model;
use scamwatch::detect::normalize::normalize;
use scamwatch::detect::toml_file;

const TEXTS: &[&str] = &[
    "",
    "send 0.1 BTC and get 0.2 BTC back, 30 minutes only",
    "ＳＥＮＤ ᴮᵀᶜ 🚀 and receive double back",
    "not a scam, just a picture of my cat",
];

fuzz_target!(|data: &[u8]| {
    let cut = data.iter().position(|&b| b == 0).unwrap_or(data.len());
    let Ok(src) = std::str::from_utf8(&data[..cut]) else {
        return;
    };
    let rest = data.get(cut + 1..).unwrap_or(&[]);

    let path = Path::new("fuzz/model.toml");
    if let Err(e) = Model::parse(src, path) {
        let msg = e.to_string();
        assert!(msg.starts_with("fuzz/model.toml"), "{msg}");
    }

    let path = Path::new("fuzz/text-model.toml");
    if let Ok(c) = Classifier::parse(src, rest, path) {
        check(&c);
    }
    let Ok(mut manifest) = toml_file::parse::<Manifest>(src, path) else {
        return;
    };
    // At most 2^14 weights: the property is the same for every size, and a big one is slow.
    if manifest.features.hash_bits > 14 {
        manifest.features.hash_bits = 10 + manifest.features.hash_bits % 5;
    }
    let dims = 1usize << manifest.features.hash_bits.min(14);
    let weights: Vec<f32> = if rest.len() < 4 {
        vec![0.0; dims]
    } else {
        let floats: Vec<f32> = rest
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        floats.iter().copied().cycle().take(dims).collect()
    };
    let bytes = encode_weights(manifest.features.hash_bits, &weights);
    manifest.weights_fnv1a = checksum(&bytes);
    let finite = weights.iter().all(|w| w.is_finite());
    match Classifier::from_parts(manifest, &bytes, path) {
        Ok(c) => {
            assert!(finite, "a weight that is not a number was accepted");
            check(&c);
        }
        Err(e) => {
            let msg = e.to_string();
            assert!(msg.contains("fuzz/text-model.toml"), "{msg}");
        }
    }
});

fn check(c: &Classifier) {
    let examples = c.manifest().examples.iter().map(|e| e.text.as_str());
    for text in TEXTS.iter().copied().chain(examples.take(8)) {
        let norm = normalize(text);
        let p = c.probability(norm.as_str());
        assert!((0.0..=1.0).contains(&p), "probability {p} for {text:?}");
        for x in c.explain(&norm, text, 5) {
            assert!(x.start <= x.end && x.end <= text.len(), "{x:?} in {text:?}");
            assert_eq!(text.get(x.start..x.end), Some(x.text.as_str()));
        }
    }
    let _ = c.failing_examples(0.5);
}
