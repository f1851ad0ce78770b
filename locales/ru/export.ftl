## Export labels
export-pillar-heading = Столп клиентского опыта
