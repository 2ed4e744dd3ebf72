/** File storage adapter of the core's {@code FileStore} port: a directory on disk. */
package id.go.ntbprov.satudata.web.files;
