//! Gazetteers: countries, places, international bodies, sectors and job titles,
//! written by the team from general knowledge and compiled into the binary.
