## Export labels
export-pillar-heading = కస్టమర్ అనుభవ స్తంభం
