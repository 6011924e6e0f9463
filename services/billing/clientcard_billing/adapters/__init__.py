"""What billing speaks to outside its own database: the profile and loyalty services over RPC."""
