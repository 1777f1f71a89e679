//! When two reported values can describe the same deal. Clustering uses these to decide which
//! reports belong together, field choice uses them to flag conflicts: one notion of "agree".

use armscope_core::{Money, Qualifier, Quantity, YearRange};

/// Relative slack for money: "$1.9 billion" and "$1.92 billion" are the same figure rounded.
const MONEY_TOLERANCE: f64 = 0.05;
/// Relative slack around an "about"/"some" quantity: "about 24" covers 22 to 26.
const APPROX_QUANTITY: f64 = 0.10;

/// The closed interval of amounts a qualified number allows.
fn interval(amount: f64, qualifier: Qualifier, approx: f64) -> (f64, f64) {
    match qualifier {
        Qualifier::Exact => (amount, amount),
        Qualifier::Approx => (amount * (1.0 - approx), amount * (1.0 + approx)),
        Qualifier::AtLeast => (amount, f64::INFINITY),
        Qualifier::UpTo => (0.0, amount),
    }
}

/// Intervals overlap once each is widened by `slack` (relative).
fn overlap((lo_a, hi_a): (f64, f64), (lo_b, hi_b): (f64, f64), slack: f64) -> bool {
    lo_a <= hi_b * (1.0 + slack) && lo_b <= hi_a * (1.0 + slack)
}

/// Units compare loosely ("Battalions" = "battalion"); no unit means plain items.
fn unit_key(unit: &Option<String>) -> String {
    let unit = unit.as_deref().unwrap_or("").trim().to_lowercase();
    unit.strip_suffix('s').map(str::to_string).unwrap_or(unit)
}

/// Quantities agree when one bounds or equals the other. Counts in different units
/// (regiments vs battalions) cannot be compared, so they are not held to disagree.
pub(crate) fn quantities_agree(a: &Quantity, b: &Quantity) -> bool {
    if unit_key(&a.unit) != unit_key(&b.unit) {
        return true;
    }
    let a = interval(a.value as f64, a.qualifier, APPROX_QUANTITY);
    let b = interval(b.value as f64, b.qualifier, APPROX_QUANTITY);
    overlap(a, b, 0.0)
}

/// Amounts agree within 5 % of the smaller one, after qualifiers ("more than $1 billion" agrees
/// with $1.4 billion). Different currencies are never converted, so they are not compared.
pub(crate) fn money_agrees(a: &Money, b: &Money) -> bool {
    if a.currency != b.currency {
        return true;
    }
    let a = interval(a.amount, a.qualifier, 0.0);
    let b = interval(b.amount, b.qualifier, 0.0);
    overlap(a, b, MONEY_TOLERANCE)
}

/// Delivery periods agree when every end both of them know is the same year.
pub(crate) fn years_agree(a: &YearRange, b: &YearRange) -> bool {
    let same = |x: Option<i32>, y: Option<i32>| x.zip(y).is_none_or(|(x, y)| x == y);
    same(a.first, b.first) && same(a.last, b.last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usd(amount: f64, qualifier: Qualifier) -> Money {
        Money {
            amount,
            currency: "USD".into(),
            qualifier,
        }
    }

    fn qty(value: u64, qualifier: Qualifier) -> Quantity {
        Quantity {
            value,
            unit: None,
            qualifier,
        }
    }

    #[test]
    fn money_within_five_percent_agrees() {
        assert!(money_agrees(
            &usd(1.9e9, Qualifier::Exact),
            &usd(1.92e9, Qualifier::Exact)
        ));
        assert!(!money_agrees(
            &usd(2.0e9, Qualifier::Exact),
            &usd(2.5e9, Qualifier::Exact)
        ));
        assert!(money_agrees(
            &usd(1.0e9, Qualifier::AtLeast),
            &usd(1.4e9, Qualifier::Exact)
        ));
        assert!(!money_agrees(
            &usd(1.0e9, Qualifier::UpTo),
            &usd(1.4e9, Qualifier::Exact)
        ));
        let rub = Money {
            amount: 1.0e11,
            currency: "RUB".into(),
            qualifier: Qualifier::Exact,
        };
        assert!(money_agrees(&rub, &usd(2.0e9, Qualifier::Exact)));
    }

    #[test]
    fn quantities_agree_when_bounded() {
        assert!(!quantities_agree(
            &qty(24, Qualifier::Exact),
            &qty(36, Qualifier::Exact)
        ));
        assert!(quantities_agree(
            &qty(20, Qualifier::AtLeast),
            &qty(24, Qualifier::Exact)
        ));
        assert!(quantities_agree(
            &qty(24, Qualifier::Approx),
            &qty(25, Qualifier::Exact)
        ));
        assert!(!quantities_agree(
            &qty(30, Qualifier::UpTo),
            &qty(36, Qualifier::Exact)
        ));
        let regiments = Quantity {
            value: 2,
            unit: Some("regiments".into()),
            qualifier: Qualifier::Exact,
        };
        assert!(quantities_agree(&regiments, &qty(8, Qualifier::Exact)));
    }

    #[test]
    fn delivery_years_compare_known_ends() {
        let r = |first, last| YearRange { first, last };
        assert!(years_agree(
            &r(Some(2016), None),
            &r(Some(2016), Some(2018))
        ));
        assert!(!years_agree(
            &r(Some(2016), Some(2018)),
            &r(Some(2016), Some(2019))
        ));
    }
}
