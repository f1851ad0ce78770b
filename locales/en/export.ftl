## Export labels
export-pillar-heading = CX pillar
