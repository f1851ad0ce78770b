## Export labels
export-pillar-heading = ستون تجربه مشتری
