"""Names and titles: the people in an article, referred to consistently and in house style."""
