//! The shipped weights: an open-addressing table from feature hash to the
//! i16-quantised weight rows of both stages, stored side by side so one cache
//! miss serves both. On disk the table is a sorted list of (hash, row) with a
//! magic header, version and checksum, so a damaged file is an error, not a
//! panic or silent garbage.

use super::conll::NUM_TAGS;
use super::decode::Transitions;

pub const MAGIC: &[u8; 8] = b"NGNERTAG";
pub const VERSION: u32 = 1;
/// Weights per feature: stage 1 then stage 2.
pub const ROW: usize = 2 * NUM_TAGS;

#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("cannot read model file")]
    Io(#[from] std::io::Error),
    #[error("not a newsgraph tagger model (bad magic)")]
    BadMagic,
    #[error("unsupported model version {0}")]
    Version(u32),
    #[error("model file is truncated")]
    Truncated,
    #[error("model file is corrupt: {0}")]
    Corrupt(&'static str),
}

#[derive(Clone, Copy)]
#[repr(C)]
struct Slot {
    key: u64,
    w: [i16; ROW],
}

const EMPTY: Slot = Slot {
    key: 0,
    w: [0; ROW],
};

/// Float weights as produced by training, before quantisation.
pub struct RawWeights {
    /// (feature hash, stage-1 row, stage-2 row); hashes must be distinct and non-zero.
    pub rows: Vec<(u64, [f32; ROW])>,
    pub trans: [Transitions; 2],
}

pub struct Model {
    slots: Vec<Slot>,
    mask: usize,
    n_features: usize,
    pub scale: [f32; 2],
    pub trans: [Transitions; 2],
}

fn checksum(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h = (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

struct Reader<'a> {
    b: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        if self.b.len() < n {
            return Err(ModelError::Truncated);
        }
        let (head, rest) = self.b.split_at(n);
        self.b = rest;
        Ok(head)
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().expect("4 bytes"),
        ))
    }
    fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_bits(self.u32()?))
    }
}

impl Model {
    fn build(
        keys_rows: impl Iterator<Item = (u64, [i16; ROW])>,
        n: usize,
    ) -> Result<Self, ModelError> {
        let cap = (n * 3 / 2 + 1).next_power_of_two().max(16);
        let mut slots = vec![EMPTY; cap];
        let mask = cap - 1;
        for (key, w) in keys_rows {
            if key == 0 {
                return Err(ModelError::Corrupt("zero feature hash"));
            }
            let mut i = key as usize & mask;
            while slots[i].key != 0 {
                if slots[i].key == key {
                    return Err(ModelError::Corrupt("duplicate feature hash"));
                }
                i = (i + 1) & mask;
            }
            slots[i] = Slot { key, w };
        }
        Ok(Model {
            slots,
            mask,
            n_features: n,
            scale: [1.0; 2],
            trans: [[0.0; (NUM_TAGS + 1) * NUM_TAGS]; 2],
        })
    }

    /// Quantises float weights to i16 with one scale per stage.
    pub fn quantise(raw: &RawWeights) -> Model {
        let mut scale = [0f32; 2];
        for (_, r) in &raw.rows {
            for (k, &w) in r.iter().enumerate() {
                let s = &mut scale[k / NUM_TAGS];
                *s = s.max(w.abs());
            }
        }
        let scale = scale.map(|m| if m > 0.0 { m / 32767.0 } else { 1.0 });
        let q =
            |k: usize, w: f32| (w / scale[k / NUM_TAGS]).round().clamp(-32767.0, 32767.0) as i16;
        let rows = raw
            .rows
            .iter()
            .map(|(key, r)| (*key, std::array::from_fn(|k| q(k, r[k]))));
        let mut m =
            Model::build(rows, raw.rows.len()).expect("training produces distinct non-zero hashes");
        m.scale = scale;
        m.trans = raw.trans;
        m
    }

    pub fn n_features(&self) -> usize {
        self.n_features
    }

    /// Slot index of a feature, if the model knows it.
    #[inline]
    pub fn lookup(&self, key: u64) -> Option<u32> {
        let mut i = key as usize & self.mask;
        loop {
            let k = self.slots[i].key;
            if k == key {
                return Some(i as u32);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Adds the integer weights of `slots` for `stage` into `acc`.
    #[inline]
    pub fn accumulate(&self, stage: usize, slots: &[u32], acc: &mut [i32; NUM_TAGS]) {
        let off = stage * NUM_TAGS;
        for &s in slots {
            let w = &self.slots[s as usize].w[off..off + NUM_TAGS];
            for t in 0..NUM_TAGS {
                acc[t] += w[t] as i32;
            }
        }
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut live: Vec<&Slot> = self.slots.iter().filter(|s| s.key != 0).collect();
        live.sort_unstable_by_key(|s| s.key);
        let mut out = Vec::with_capacity(64 + live.len() * (8 + 2 * ROW));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&(NUM_TAGS as u32).to_le_bytes());
        out.extend_from_slice(&(live.len() as u32).to_le_bytes());
        for stage in 0..2 {
            out.extend_from_slice(&self.scale[stage].to_le_bytes());
            for &t in &self.trans[stage] {
                out.extend_from_slice(&t.to_le_bytes());
            }
        }
        for s in &live {
            out.extend_from_slice(&s.key.to_le_bytes());
        }
        for s in &live {
            for &w in &s.w {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        let sum = checksum(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        if bytes.len() < MAGIC.len() {
            return Err(ModelError::Truncated);
        }
        if &bytes[..MAGIC.len()] != MAGIC {
            return Err(ModelError::BadMagic);
        }
        if bytes.len() < MAGIC.len() + 8 + 8 {
            return Err(ModelError::Truncated);
        }
        let (body, tail) = bytes.split_at(bytes.len() - 8);
        let mut r = Reader {
            b: &body[MAGIC.len()..],
        };
        let version = r.u32()?;
        if version != VERSION {
            return Err(ModelError::Version(version));
        }
        if r.u32()? as usize != NUM_TAGS {
            return Err(ModelError::Corrupt("unexpected tag count"));
        }
        let n = r.u32()? as usize;
        let want = 2 * 4 * (1 + (NUM_TAGS + 1) * NUM_TAGS) + n * (8 + 2 * ROW);
        if r.b.len() != want {
            return Err(if r.b.len() < want {
                ModelError::Truncated
            } else {
                ModelError::Corrupt("trailing bytes")
            });
        }
        if checksum(body) != u64::from_le_bytes(tail.try_into().expect("8 bytes")) {
            return Err(ModelError::Corrupt("checksum mismatch"));
        }
        let mut scale = [0f32; 2];
        let mut trans = [[0f32; (NUM_TAGS + 1) * NUM_TAGS]; 2];
        for stage in 0..2 {
            scale[stage] = r.f32()?;
            for t in trans[stage].iter_mut() {
                *t = r.f32()?;
            }
        }
        if scale
            .iter()
            .chain(trans.iter().flatten())
            .any(|x| !x.is_finite())
        {
            return Err(ModelError::Corrupt("non-finite weight"));
        }
        let keys = r.take(n * 8)?;
        let weights = r.take(n * 2 * ROW)?;
        let rows = (0..n).map(|i| {
            let key = u64::from_le_bytes(keys[i * 8..i * 8 + 8].try_into().expect("8 bytes"));
            let wb = &weights[i * 2 * ROW..(i + 1) * 2 * ROW];
            let w = std::array::from_fn(|k| i16::from_le_bytes([wb[2 * k], wb[2 * k + 1]]));
            (key, w)
        });
        let mut m = Model::build(rows, n)?;
        m.scale = scale;
        m.trans = trans;
        Ok(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Model {
        let mut r1 = [0f32; ROW];
        r1[1] = 2.5;
        r1[NUM_TAGS + 3] = -1.25;
        let mut trans = [[0f32; (NUM_TAGS + 1) * NUM_TAGS]; 2];
        trans[0][5] = 0.5;
        Model::quantise(&RawWeights {
            rows: vec![(42, r1), (7, [0.1; ROW])],
            trans,
        })
    }

    #[test]
    fn round_trips_through_bytes() {
        let m = sample();
        let b = m.to_bytes();
        let m2 = Model::from_bytes(&b).unwrap();
        assert_eq!(m2.to_bytes(), b);
        let s = m2.lookup(42).unwrap();
        let mut acc = [0i32; NUM_TAGS];
        m2.accumulate(0, &[s], &mut acc);
        assert!((acc[1] as f32 * m2.scale[0] - 2.5).abs() < 1e-3);
        assert!(m2.lookup(43).is_none());
        assert_eq!(m2.trans[0][5], 0.5);
    }

    #[test]
    fn damaged_files_are_errors() {
        let b = sample().to_bytes();
        for len in 0..b.len() {
            assert!(Model::from_bytes(&b[..len]).is_err(), "len {len}");
        }
        let mut c = b.clone();
        c[30] ^= 0x40;
        assert!(Model::from_bytes(&c).is_err());
        assert!(matches!(
            Model::from_bytes(b"garbage!garbage!"),
            Err(ModelError::BadMagic)
        ));
    }
}
