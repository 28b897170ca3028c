"""The article's own copylint comments: typos and unknown rule ids in them."""
