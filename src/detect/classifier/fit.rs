//! Fitting the classifier: L2-regularized logistic regression by L-BFGS, and Platt calibration.
//!
//! Why our own optimizer: the crates that fit logistic regression in Rust (linfa-logistic,
//! smartcore) take dense `ndarray` matrices; a hashed feature space has 2^18 columns and a
//! few hundred non-zeros per post, so a dense design matrix of 100,000 posts would need
//! hundreds of gigabytes. The sparse objective and its gradient are a dozen lines, and L-BFGS
//! with a backtracking line search is a textbook algorithm (Nocedal & Wright, algorithms 7.4
//! and 3.1). It is deterministic (no sampling: the full gradient each step), and the tests
//! below check it against Newton's method on problems small enough to solve exactly.
//!
//! The objective, for examples `i` with label `y_i`, weight `s_i`, and features `j ∈ i` each
//! of value `scale_i` (see [`super::features`]):
//!
//! ```text
//! J(w, b) = Σ_i s_i · logloss(y_i, b + scale_i · Σ_{j∈i} w_j) / Σ_i s_i  +  λ/2 · |w|²
//! ```
//!
//! The bias `b` is not regularized.

/// Examples in a flat layout: the buckets of example `i` are
/// `buckets[offsets[i]..offsets[i + 1]]`.
#[derive(Clone, Debug, Default)]
pub struct Dataset {
    pub offsets: Vec<usize>,
    pub buckets: Vec<u32>,
    pub labels: Vec<bool>,
    /// Per-example weight (class balance, verdict weight).
    pub weights: Vec<f64>,
    /// Per-example feature value: `1/sqrt(number of features)`.
    pub scales: Vec<f64>,
}

impl Dataset {
    pub fn new() -> Self {
        Dataset {
            offsets: vec![0],
            ..Dataset::default()
        }
    }

    pub fn len(&self) -> usize {
        self.labels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// Appends one example.
    pub fn push(&mut self, buckets: &[u32], label: bool, weight: f64) {
        self.buckets.extend_from_slice(buckets);
        self.offsets.push(self.buckets.len());
        self.labels.push(label);
        self.weights.push(weight);
        self.scales.push(scale(buckets.len()));
    }

    pub fn example(&self, i: usize) -> &[u32] {
        &self.buckets[self.offsets[i]..self.offsets[i + 1]]
    }

    /// The examples at `idx`, in that order.
    pub fn subset(&self, idx: &[usize]) -> Dataset {
        let mut d = Dataset::new();
        for &i in idx {
            d.push(self.example(i), self.labels[i], self.weights[i]);
        }
        d
    }
}

/// The value of each feature of a post with `n` features.
pub fn scale(n: usize) -> f64 {
    if n == 0 { 0.0 } else { 1.0 / (n as f64).sqrt() }
}

/// Hyper-parameters of a fit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FitParams {
    /// λ, the L2 penalty.
    pub l2: f64,
    /// At most this many L-BFGS iterations.
    pub max_iter: u32,
    /// Stop when the largest gradient component is below this.
    pub tolerance: f64,
}

impl Default for FitParams {
    fn default() -> Self {
        FitParams {
            l2: 1e-4,
            max_iter: 300,
            tolerance: 1e-6,
        }
    }
}

/// A fitted linear model.
#[derive(Clone, Debug, PartialEq)]
pub struct Linear {
    pub weights: Vec<f64>,
    pub bias: f64,
    /// Iterations run and the final objective.
    pub iterations: u32,
    pub objective: f64,
}

impl Linear {
    /// The margin `z` of example `i` of `data`.
    pub fn margin(&self, data: &Dataset, i: usize) -> f64 {
        let s: f64 = data
            .example(i)
            .iter()
            .map(|&j| self.weights[j as usize])
            .sum();
        self.bias + data.scales[i] * s
    }
}

/// `ln(1 + e^x)` without overflow.
fn softplus(x: f64) -> f64 {
    x.max(0.0) + (-x.abs()).exp().ln_1p()
}

pub fn sigmoid(x: f64) -> f64 {
    if x >= 0.0 {
        1.0 / (1.0 + (-x).exp())
    } else {
        let e = x.exp();
        e / (1.0 + e)
    }
}

/// The objective and its gradient at `x` (`x[..dims]` the weights, `x[dims]` the bias).
fn evaluate(data: &Dataset, l2: f64, x: &[f64], grad: &mut [f64]) -> f64 {
    let dims = x.len() - 1;
    let (w, b) = (&x[..dims], x[dims]);
    let total: f64 = data.weights.iter().sum::<f64>().max(f64::MIN_POSITIVE);
    grad.fill(0.0);
    let mut loss = 0.0;
    for i in 0..data.len() {
        let ex = data.example(i);
        let sc = data.scales[i];
        let z = b + sc * ex.iter().map(|&j| w[j as usize]).sum::<f64>();
        let (y, s) = (data.labels[i], data.weights[i] / total);
        loss += s * if y { softplus(-z) } else { softplus(z) };
        let r = s * (sigmoid(z) - f64::from(u8::from(y)));
        grad[dims] += r;
        let rs = r * sc;
        for &j in ex {
            grad[j as usize] += rs;
        }
    }
    let mut penalty = 0.0;
    for j in 0..dims {
        penalty += w[j] * w[j];
        grad[j] += l2 * w[j];
    }
    loss + 0.5 * l2 * penalty
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Fits `data` in `dims` buckets. `progress` is called after each iteration with the
/// iteration number and the objective.
pub fn fit(
    data: &Dataset,
    dims: usize,
    params: FitParams,
    progress: &mut dyn FnMut(u32, f64),
) -> Linear {
    const MEMORY: usize = 8;
    let n = dims + 1;
    let mut x = vec![0.0; n];
    let mut g = vec![0.0; n];
    let mut f = evaluate(data, params.l2, &x, &mut g);
    let mut s_hist: Vec<Vec<f64>> = Vec::new();
    let mut y_hist: Vec<Vec<f64>> = Vec::new();
    let mut rho: Vec<f64> = Vec::new();
    let mut x_new = vec![0.0; n];
    let mut g_new = vec![0.0; n];
    let mut dir = vec![0.0; n];
    let mut iterations = 0;
    for it in 1..=params.max_iter {
        if g.iter().fold(0.0f64, |m, v| m.max(v.abs())) < params.tolerance {
            break;
        }
        iterations = it;
        // Two-loop recursion: dir = -H·g.
        dir.copy_from_slice(&g);
        let k = s_hist.len();
        let mut alpha = vec![0.0; k];
        for i in (0..k).rev() {
            alpha[i] = rho[i] * dot(&s_hist[i], &dir);
            for (d, y) in dir.iter_mut().zip(&y_hist[i]) {
                *d -= alpha[i] * y;
            }
        }
        let gamma = if k > 0 {
            dot(&s_hist[k - 1], &y_hist[k - 1]) / dot(&y_hist[k - 1], &y_hist[k - 1])
        } else {
            1.0 / dot(&g, &g).sqrt().max(1e-12)
        };
        for d in dir.iter_mut() {
            *d *= gamma;
        }
        for i in 0..k {
            let beta = rho[i] * dot(&y_hist[i], &dir);
            for (d, s) in dir.iter_mut().zip(&s_hist[i]) {
                *d += (alpha[i] - beta) * s;
            }
        }
        for d in dir.iter_mut() {
            *d = -*d;
        }
        let mut slope = dot(&g, &dir);
        if slope >= 0.0 {
            // Not a descent direction (numerical trouble): restart from steepest descent.
            s_hist.clear();
            y_hist.clear();
            rho.clear();
            for (d, gi) in dir.iter_mut().zip(&g) {
                *d = -gi;
            }
            slope = dot(&g, &dir);
        }
        // Backtracking line search (Armijo).
        let mut step = 1.0;
        let mut accepted = false;
        for _ in 0..40 {
            for ((xn, xi), d) in x_new.iter_mut().zip(&x).zip(&dir) {
                *xn = xi + step * d;
            }
            let f_new = evaluate(data, params.l2, &x_new, &mut g_new);
            if f_new <= f + 1e-4 * step * slope {
                let s: Vec<f64> = x_new.iter().zip(&x).map(|(a, b)| a - b).collect();
                let y: Vec<f64> = g_new.iter().zip(&g).map(|(a, b)| a - b).collect();
                let sy = dot(&s, &y);
                if sy > 1e-12 {
                    if s_hist.len() == MEMORY {
                        s_hist.remove(0);
                        y_hist.remove(0);
                        rho.remove(0);
                    }
                    s_hist.push(s);
                    y_hist.push(y);
                    rho.push(1.0 / sy);
                }
                std::mem::swap(&mut x, &mut x_new);
                std::mem::swap(&mut g, &mut g_new);
                let done = (f - f_new).abs() <= 1e-10 * f.abs().max(1.0);
                f = f_new;
                accepted = true;
                progress(it, f);
                if done {
                    return finish(x, dims, iterations, f);
                }
                break;
            }
            step *= 0.5;
        }
        if !accepted {
            break;
        }
    }
    finish(x, dims, iterations, f)
}

fn finish(mut x: Vec<f64>, dims: usize, iterations: u32, objective: f64) -> Linear {
    let bias = x[dims];
    x.truncate(dims);
    Linear {
        weights: x,
        bias,
        iterations,
        objective,
    }
}

/// Platt scaling: `p = sigmoid(a·z + c)` fitted to margins `z` and labels by Newton's method
/// with a backtracking line search (Lin, Lin and Weng's robust form of Platt's algorithm), with
/// Platt's smoothed targets (`(N₊+1)/(N₊+2)` and `1/(N₋+2)`), so a perfectly separated
/// training set does not give probabilities of exactly 0 and 1.
pub fn platt(margins: &[f64], labels: &[bool]) -> (f64, f64) {
    let pos = labels.iter().filter(|l| **l).count() as f64;
    let neg = labels.len() as f64 - pos;
    let (hi, lo) = ((pos + 1.0) / (pos + 2.0), 1.0 / (neg + 2.0));
    let target = |y: bool| if y { hi } else { lo };
    let objective = |a: f64, c: f64| -> f64 {
        margins
            .iter()
            .zip(labels)
            .map(|(&z, &y)| {
                let f = a * z + c;
                let t = target(y);
                t * softplus(-f) + (1.0 - t) * softplus(f)
            })
            .sum()
    };
    let (mut a, mut c) = (1.0, 0.0);
    let mut f = objective(a, c);
    for _ in 0..100 {
        let (mut ga, mut gc, mut haa, mut hac, mut hcc) = (0.0, 0.0, 1e-12, 0.0, 1e-12);
        for (&z, &y) in margins.iter().zip(labels) {
            let p = sigmoid(a * z + c);
            let d = p - target(y);
            let w = p * (1.0 - p);
            ga += d * z;
            gc += d;
            haa += w * z * z;
            hac += w * z;
            hcc += w;
        }
        if ga.abs() < 1e-9 && gc.abs() < 1e-9 {
            break;
        }
        let det = haa * hcc - hac * hac;
        let (da, dc) = if det > 1e-18 {
            ((hcc * ga - hac * gc) / det, (haa * gc - hac * ga) / det)
        } else {
            (ga, gc)
        };
        let mut step = 1.0;
        let mut moved = false;
        while step > 1e-10 {
            let (na, nc) = (a - step * da, c - step * dc);
            let nf = objective(na, nc);
            if nf < f + 1e-4 * step * (ga * -da + gc * -dc) {
                (a, c, f) = (na, nc, nf);
                moved = true;
                break;
            }
            step /= 2.0;
        }
        if !moved {
            break;
        }
    }
    (a, c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The exact minimizer of the same objective by Newton's method on the dense design matrix
    /// (`X[i][j] = scale_i · count of j in i`, the last column the bias).
    #[allow(clippy::needless_range_loop)] // dense linear algebra reads best with indices
    fn newton(data: &Dataset, dims: usize, l2: f64) -> Vec<f64> {
        let n = dims + 1;
        let rows: Vec<Vec<f64>> = (0..data.len())
            .map(|i| {
                let mut r = vec![0.0; n];
                for &j in data.example(i) {
                    r[j as usize] += data.scales[i];
                }
                r[dims] = 1.0;
                r
            })
            .collect();
        let total: f64 = data.weights.iter().sum();
        let mut x = vec![0.0; n];
        for _ in 0..50 {
            let mut g = vec![0.0; n];
            let mut h = vec![vec![0.0; n]; n];
            for (i, r) in rows.iter().enumerate() {
                let z = dot(r, &x);
                let p = sigmoid(z);
                let s = data.weights[i] / total;
                let y = f64::from(u8::from(data.labels[i]));
                for a in 0..n {
                    g[a] += s * (p - y) * r[a];
                    for b in 0..n {
                        h[a][b] += s * p * (1.0 - p) * r[a] * r[b];
                    }
                }
            }
            for a in 0..dims {
                g[a] += l2 * x[a];
                h[a][a] += l2;
            }
            // Solve h·d = g by Gaussian elimination.
            let mut m: Vec<Vec<f64>> = h
                .iter()
                .zip(&g)
                .map(|(row, gi)| {
                    let mut r = row.clone();
                    r.push(*gi);
                    r
                })
                .collect();
            for col in 0..n {
                let piv = (col..n)
                    .max_by(|&a, &b| m[a][col].abs().total_cmp(&m[b][col].abs()))
                    .unwrap();
                m.swap(col, piv);
                for r in 0..n {
                    if r != col {
                        let f = m[r][col] / m[col][col];
                        for c in col..=n {
                            m[r][c] -= f * m[col][c];
                        }
                    }
                }
            }
            for a in 0..n {
                x[a] -= m[a][n] / m[a][a];
            }
        }
        x
    }

    fn problem(seed: u64, examples: usize, dims: u32) -> Dataset {
        let mut rng = fastrand::Rng::with_seed(seed);
        let mut d = Dataset::new();
        for _ in 0..examples {
            let k = rng.usize(1..6);
            let b: Vec<u32> = (0..k).map(|_| rng.u32(0..dims)).collect();
            // Buckets 0 and 1 lean scam, 2 leans benign; noise elsewhere.
            let lean = b.iter().filter(|&&j| j < 2).count() as f64
                - b.iter().filter(|&&j| j == 2).count() as f64;
            let label = rng.f64() < sigmoid(1.5 * lean - 0.3);
            let weight = if label { 2.0 } else { 1.0 };
            d.push(&b, label, weight);
        }
        d
    }

    #[test]
    #[allow(clippy::needless_range_loop)]
    fn lbfgs_finds_the_newton_solution() {
        for (seed, l2) in [(1, 1e-2), (2, 1e-3), (3, 1e-1)] {
            let dims = 6;
            let data = problem(seed, 300, dims as u32);
            let exact = newton(&data, dims, l2);
            let params = FitParams {
                l2,
                max_iter: 500,
                tolerance: 1e-9,
            };
            let got = fit(&data, dims, params, &mut |_, _| {});
            for j in 0..dims {
                assert!(
                    (got.weights[j] - exact[j]).abs() < 1e-4,
                    "seed {seed} w{j}: {} vs {}",
                    got.weights[j],
                    exact[j]
                );
            }
            assert!((got.bias - exact[dims]).abs() < 1e-4, "bias");
            // The scam-leaning buckets came out positive, the benign one negative.
            assert!(got.weights[0] > 0.0 && got.weights[1] > 0.0 && got.weights[2] < 0.0);
        }
    }

    #[test]
    fn fitting_is_deterministic() {
        let data = problem(7, 200, 50);
        let a = fit(&data, 50, FitParams::default(), &mut |_, _| {});
        let b = fit(&data, 50, FitParams::default(), &mut |_, _| {});
        assert_eq!(a, b);
    }

    #[test]
    fn platt_recovers_a_known_calibration() {
        // Labels drawn with p = sigmoid(2z - 1): Platt must find about (2, -1).
        let mut rng = fastrand::Rng::with_seed(11);
        let mut z = Vec::new();
        let mut y = Vec::new();
        for _ in 0..20_000 {
            let m = rng.f64() * 6.0 - 3.0;
            z.push(m);
            y.push(rng.f64() < sigmoid(2.0 * m - 1.0));
        }
        let (a, c) = platt(&z, &y);
        assert!((a - 2.0).abs() < 0.1 && (c + 1.0).abs() < 0.1, "{a} {c}");
    }

    #[test]
    fn platt_stays_sane_on_perfectly_separated_margins() {
        // Far apart margins: plain Newton steps overshoot here; the line search must not.
        let z: Vec<f64> = (0..40)
            .map(|i| if i % 2 == 0 { 12.0 } else { -12.0 })
            .collect();
        let y: Vec<bool> = (0..40).map(|i| i % 2 == 0).collect();
        let (a, c) = platt(&z, &y);
        assert!(a > 0.0, "{a}");
        let (hi, lo) = (sigmoid(a * 12.0 + c), sigmoid(-a * 12.0 + c));
        assert!(hi > 0.9 && hi < 1.0 && lo < 0.1 && lo > 0.0, "{hi} {lo}");
    }

    #[test]
    fn softplus_and_sigmoid_do_not_overflow() {
        assert_eq!(softplus(1000.0), 1000.0);
        assert!(softplus(-1000.0) >= 0.0 && softplus(-1000.0) < 1e-300);
        assert_eq!(sigmoid(1000.0), 1.0);
        assert_eq!(sigmoid(-1000.0), 0.0);
    }
}
