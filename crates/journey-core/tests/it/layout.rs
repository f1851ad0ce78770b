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
