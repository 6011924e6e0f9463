"""What loyalty speaks to outside its own database: profile's family links over RPC."""
