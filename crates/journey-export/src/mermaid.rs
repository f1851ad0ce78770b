//! Mermaid `journey` export and import (being written).
