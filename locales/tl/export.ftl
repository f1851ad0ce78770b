## Export labels
export-pillar-heading = Haligi ng karanasan ng customer
