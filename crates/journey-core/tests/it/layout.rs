use crate::support::*;
use journey_core::*;

#[test]
fn columns_follow_the_graph_order_and_rows_the_lane_ranks() {
    let j = meal_kit();
    let l = layout(&j);
    let order = j.graph.order();
    assert_eq!(l.columns.iter().map(|c| c.stage).collect::<Vec<_>>(), order);
    assert!(l.columns.windows(2).all(|w| w[1].x > w[0].x));
    let lanes: Vec<Id> = j.lanes_in_order().iter().map(|l| l.id).collect();
    assert_eq!(l.rows.iter().map(|r| r.lane).collect::<Vec<_>>(), lanes);
    assert!(l.rows.windows(2).all(|w| (w[0].y + w[0].height - w[1].y).abs() < 1e-9), "rows overlap or leave gaps");
}

#[test]
fn every_card_sits_inside_its_cell_and_cards_never_overlap() {
    let j = meal_kit();
    let l = layout(&j);
    assert_eq!(l.cards.len(), j.cards.len());
    for b in &l.cards {
        let c = j.card(b.card).unwrap();
        let col = l.columns.iter().find(|x| x.stage == c.stage).unwrap();
        let row = l.rows.iter().find(|r| r.lane == c.lane).unwrap();
        assert!(b.x >= col.x && b.x + b.width <= col.x + col.width, "{} spills out of its column", c.text);
        assert!(b.y >= row.y && b.y + b.height <= row.y + row.height, "{} spills out of its row", c.text);
    }
    for (i, a) in l.cards.iter().enumerate() {
        for b in &l.cards[i + 1..] {
            let apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
            assert!(apart, "cards {} and {} overlap", a.card, b.card);
        }
    }
}

#[test]
fn the_emotion_curve_runs_through_every_scored_touchpoint_left_to_right() {
    let j = meal_kit();
    let l = layout(&j);
    let curve = l.curves.iter().find(|c| c.persona.is_none()).expect("main curve");
    let scored = j.cards.values().filter(|c| c.emotion().is_some()).count();
    assert_eq!(curve.points.len(), scored);
    assert!(curve.points.windows(2).all(|w| w[1].x > w[0].x), "curve goes backwards");
    let row = l.rows.iter().find(|r| r.lane == curve.lane).unwrap();
    let delighted = curve.points.iter().filter(|p| p.score == 3).map(|p| p.y).next().unwrap();
    let furious = curve.points.iter().filter(|p| p.score == -3).map(|p| p.y).next().unwrap();
    assert!(delighted < furious, "higher scores must be drawn higher");
    assert!(curve.points.iter().all(|p| p.y > row.y && p.y < row.y + row.height));
}

#[test]
fn long_text_gets_more_lines_up_to_the_cap() {
    assert_eq!(layout::card_text_lines("Short"), 1);
    assert!(layout::card_text_lines(&"word ".repeat(20)) > 2);
    assert_eq!(layout::card_text_lines(&"word ".repeat(500)), layout::MAX_CARD_LINES);
    assert_eq!(layout::wrapped_lines("a\nb\nc", 20), 3);
}

/// The bundled Persian clinic journey (its text is Persian: the map runs right to left).
fn clinic() -> Journey {
    sample::sample_journeys().into_iter().find(|j| j.map_direction() == Direction::Rtl).expect("the Persian sample")
}

fn column_of(l: &Layout, stage: Id) -> &layout::ColumnBox {
    l.columns.iter().find(|c| c.stage == stage).unwrap()
}

#[test]
fn a_persian_journey_runs_right_to_left_first_stage_rightmost_labels_at_the_right() {
    let j = clinic();
    let l = layout(&j);
    assert_eq!(l.direction, Direction::Rtl);
    let order = j.graph.order();
    let first = column_of(&l, order[0]);
    let last = column_of(&l, *order.last().unwrap());
    assert!(first.x > last.x, "first stage at x {} is not right of the last at {}", first.x, last.x);
    for w in order.windows(2) {
        assert!(column_of(&l, w[0]).x > column_of(&l, w[1]).x, "stages do not run leftwards");
    }
    // The lane labels stand right of the first stage, at the map's right edge.
    assert_eq!(l.label_x, first.x + first.width);
    assert_eq!(l.label_x + l.label_width, l.width);
    assert_eq!(last.x, 0.0);
    // Columns stay listed left to right, so readers that sort by x need not know the direction.
    assert!(l.columns.windows(2).all(|w| w[1].x > w[0].x));
}

#[test]
fn a_right_to_left_map_is_the_mirror_of_the_same_journey_left_to_right() {
    let mut rtl = clinic();
    rtl.direction = DirectionChoice::Rtl;
    let mut ltr = rtl.clone();
    ltr.direction = DirectionChoice::Ltr;
    let (r, l) = (layout(&rtl), layout(&ltr));
    assert_eq!((r.width, r.height), (l.width, l.height));
    let mirror = |x: f64, w: f64| l.width - x - w;
    for c in &l.columns {
        assert_eq!(column_of(&r, c.stage).x, mirror(c.x, c.width), "column of {} is not mirrored", c.stage);
    }
    assert_eq!(r.label_x, mirror(l.label_x, l.label_width));
    for b in &l.cards {
        let rb = r.cards.iter().find(|x| x.card == b.card).unwrap();
        assert_eq!((rb.x, rb.y), (mirror(b.x, b.width), b.y), "card box {} is not mirrored", b.card);
    }
    // Flows point the other way: from the right to the left.
    for f in &l.flows {
        let rf = r.flows.iter().find(|x| x.flow == f.flow).unwrap();
        assert_eq!((rf.from_x, rf.to_x), (l.width - f.from_x, l.width - f.to_x));
        if f.kind.is_forward() {
            assert!(rf.to_x < rf.from_x, "a forward flow of a right-to-left map must point left");
        }
    }
    // The curve is mirrored too, and still listed in x order.
    let (rc, lc) = (&r.curves[0], &l.curves[0]);
    assert_eq!(rc.points.len(), lc.points.len());
    assert!(rc.points.windows(2).all(|w| w[1].x > w[0].x), "points out of x order");
    for p in &lc.points {
        let rp = rc.points.iter().find(|q| q.card == p.card).unwrap();
        assert_eq!((rp.x, rp.y), (l.width - p.x, p.y), "the point of {} is not mirrored", p.card);
    }
}

#[test]
fn the_text_decides_until_the_designer_chooses() {
    let mut j = meal_kit();
    assert_eq!(layout(&j).direction, Direction::Ltr);
    j.direction = DirectionChoice::Rtl;
    assert_eq!(layout(&j).direction, Direction::Rtl, "the choice wins over English text");
    let mut fa = clinic();
    fa.direction = DirectionChoice::Ltr;
    assert_eq!(layout(&fa).direction, Direction::Ltr, "the choice wins over Persian text");
    // Auto: Persian text with English product names and numbers is still Persian.
    let mut mixed = sample::starter_journey("Mixed");
    let stages = mixed.graph.order();
    for (s, name) in stages.iter().zip(["ثبت سفارش در Digikala", "پرداخت ۲۵۰٬۰۰۰ تومان", "تحویل با Snapp Box", "نظر"]) {
        let stage = Stage { name: name.into(), ..mixed.graph.stage(*s).unwrap().clone() };
        apply(&mut mixed, &Edit::UpdateStage { stage }).unwrap();
    }
    assert_eq!(layout(&mixed).direction, Direction::Rtl);
}
