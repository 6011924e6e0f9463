"""The loyalty service: points, tiers, gift cards, memberships and session credits."""
