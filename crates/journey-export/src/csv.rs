//! CSV export and import (being written).
