# cmake -DIN=file -DOUT=file.gz -P gzip.cmake: gzip one file without needing a gzip binary.
file(ARCHIVE_CREATE OUTPUT ${OUT} PATHS ${IN} FORMAT raw COMPRESSION GZip COMPRESSION_LEVEL 9)
