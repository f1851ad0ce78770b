//! Encryption without a certificate authority: the team server (or a studio accepting the room)
//! makes itself a self-signed certificate once, and the invitation carries its SHA-256
//! fingerprint. A client accepts exactly that certificate, so neither a name nor a CA is trusted.

use std::path::Path;
use std::sync::{Arc, Mutex};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};

use crate::invite::hex;

fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

pub fn fingerprint(cert: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex(&Sha256::digest(cert))
}

/// A server's certificate and key, made on first start and kept in `dir` (cert.der, key.der;
/// the key readable by its owner only).
pub struct Identity {
    pub cert: Vec<u8>,
    key: Vec<u8>,
}

impl Identity {
    pub fn load_or_create(dir: &Path) -> std::io::Result<Identity> {
        let (cert_path, key_path) = (dir.join("cert.der"), dir.join("key.der"));
        if cert_path.exists() && key_path.exists() {
            return Ok(Identity { cert: std::fs::read(cert_path)?, key: std::fs::read(key_path)? });
        }
        std::fs::create_dir_all(dir)?;
        let made = rcgen::generate_simple_self_signed(vec!["journey-studio".to_string(), "localhost".to_string()])
            .map_err(|e| std::io::Error::other(e.to_string()))?;
        let id = Identity { cert: made.cert.der().to_vec(), key: made.key_pair.serialize_der() };
        write_private(&key_path, &id.key)?;
        std::fs::write(&cert_path, &id.cert)?;
        Ok(id)
    }

    /// A certificate for this process only (a studio accepting the room for one session).
    pub fn ephemeral() -> Identity {
        let made = rcgen::generate_simple_self_signed(vec!["journey-studio".to_string()]).expect("a key pair can be made");
        Identity { cert: made.cert.der().to_vec(), key: made.key_pair.serialize_der() }
    }

    pub fn fingerprint(&self) -> String {
        fingerprint(&self.cert)
    }

    pub fn server_config(&self) -> Arc<rustls::ServerConfig> {
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(self.key.clone()));
        let config = rustls::ServerConfig::builder_with_provider(provider())
            .with_safe_default_protocol_versions()
            .expect("ring supports the default versions")
            .with_no_client_auth()
            .with_single_cert(vec![CertificateDer::from(self.cert.clone())], key)
            .expect("our own certificate and key match");
        Arc::new(config)
    }
}

fn write_private(path: &Path, data: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path)?.write_all(data)
}

/// Accepts the one certificate whose fingerprint it was given (or, to learn a server's
/// fingerprint before sharing, any, remembering it).
#[derive(Debug)]
struct Pinned {
    want: Option<String>,
    seen: Arc<Mutex<Option<String>>>,
    provider: Arc<rustls::crypto::CryptoProvider>,
}

impl ServerCertVerifier for Pinned {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let got = fingerprint(end_entity);
        *self.seen.lock().unwrap_or_else(|e| e.into_inner()) = Some(got.clone());
        match &self.want {
            Some(want) if !want.eq_ignore_ascii_case(&got) => Err(rustls::Error::General(format!(
                "the server's certificate is not the one in the invitation (fingerprint {got})"
            ))),
            _ => Ok(ServerCertVerified::assertion()),
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider.signature_verification_algorithms.supported_schemes()
    }
}

/// A client configuration that accepts only the certificate with fingerprint `want` (or any
/// when `None`); `seen` receives the fingerprint the server showed.
pub fn client_config(want: Option<String>, seen: Arc<Mutex<Option<String>>>) -> Arc<rustls::ClientConfig> {
    let provider = provider();
    let verifier = Arc::new(Pinned { want, seen, provider: provider.clone() });
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("ring supports the default versions")
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth();
    Arc::new(config)
}
