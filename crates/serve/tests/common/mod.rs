//! Helpers for the integration tests: the demo database built once, the real router served on
//! `127.0.0.1:0`, and a small blocking HTTP/1.1 client (also what talks to chromedriver).

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

pub mod webdriver;

use armscope_catalog::Catalog;
use armscope_extract::Extractor;
use armscope_serve::AppState;
use armscope_store::Store;
use serde_json::Value;

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo root")
}

pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::embedded().expect("embedded catalog"))
}

/// The sample corpus (`testdata/articles`) ingested into a database, once per test binary.
fn demo_db() -> &'static Path {
    static DB: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = DB.get_or_init(|| {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("demo.db");
        let mut store = Store::open(&path).expect("open");
        let extractor = Extractor::new(catalog());
        let docs =
            armscope_ingest::read_path(&repo().join("testdata/articles"), &Default::default());
        for (i, doc) in docs.into_iter().enumerate() {
            let outcome = armscope_serve::store_article(
                &mut store,
                &extractor,
                i + 1,
                &doc.expect("readable"),
            );
            assert_eq!(outcome.status, "stored", "{outcome:?}");
        }
        (dir, path)
    });
    path
}

/// A fresh copy of the demo database, for tests that write.
pub fn demo_copy() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("copy.db");
    {
        // Opening and closing checkpoints the WAL into the main file.
        drop(Store::open(demo_db()).expect("open"));
        std::fs::copy(demo_db(), &path).expect("copy");
    }
    let store = Store::open(&path).expect("open copy");
    (dir, store)
}

pub fn demo_state() -> AppState {
    AppState::load(Store::open(demo_db()).expect("open")).expect("load")
}

/// Serves the real router on a free loopback port, on a runtime of its own thread.
pub fn spawn(state: AppState) -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            tx.send(listener.local_addr().expect("addr")).expect("send");
            armscope_serve::serve(listener, state, std::future::pending())
                .await
                .expect("serve");
        });
    });
    rx.recv().expect("server address")
}

pub fn demo_server() -> SocketAddr {
    static ADDR: OnceLock<SocketAddr> = OnceLock::new();
    *ADDR.get_or_init(|| spawn(demo_state()))
}

pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// One request on a fresh connection; the response is read by its length (or chunks), not to
/// the end of the stream, since chromedriver keeps connections open.
pub fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Response {
    let mut stream = TcpStream::connect(addr).expect("connect");
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).expect("write head");
    stream.write_all(body).expect("write body");
    read_response(&mut BufReader::new(stream))
}

fn read_line(reader: &mut impl BufRead) -> String {
    let mut line = String::new();
    reader.read_line(&mut line).expect("read line");
    line.trim_end_matches(['\r', '\n']).to_owned()
}

fn read_response(reader: &mut impl BufRead) -> Response {
    let status = read_line(reader)
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("status line");
    let mut headers = Vec::new();
    loop {
        let line = read_line(reader);
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_owned(), value.trim().to_owned()));
        }
    }
    let header = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
    };
    let mut body = Vec::new();
    if let Some(length) = header("content-length") {
        body.resize(length.parse().expect("content-length"), 0);
        reader.read_exact(&mut body).expect("read body");
    } else if header("transfer-encoding").is_some_and(|v| v.contains("chunked")) {
        loop {
            let size =
                usize::from_str_radix(read_line(reader).split(';').next().unwrap().trim(), 16)
                    .expect("chunk size");
            let mut chunk = vec![0; size + 2];
            reader.read_exact(&mut chunk).expect("read chunk");
            if size == 0 {
                break;
            }
            body.extend_from_slice(&chunk[..size]);
        }
    } else {
        reader.read_to_end(&mut body).expect("read body");
    }
    Response {
        status,
        headers,
        body,
    }
}

pub fn get(addr: SocketAddr, path: &str) -> Response {
    request(addr, "GET", path, &[], b"")
}

pub fn get_json(addr: SocketAddr, path: &str) -> Value {
    let response = get(addr, path);
    assert_eq!(response.status, 200, "GET {path}: {}", response.text());
    response.json()
}
