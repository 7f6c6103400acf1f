package io.certdesk.crypto.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;

import org.junit.jupiter.api.Test;

/** The arithmetic key check accepts a key pair and refuses other keys and inconsistent CRT parameters. */
class RsaKeyCheckTest {

    @Test
    void aPairMatchesAndAnotherKeyDoesNot() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var one = generator.generateKeyPair();
        var two = generator.generateKeyPair();
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) one.getPrivate();
        assertEquals(Boolean.TRUE, RsaKeyCheck.matches(key, (RSAPublicKey) one.getPublic()));
        assertEquals(Boolean.FALSE, RsaKeyCheck.matches(key, (RSAPublicKey) two.getPublic()));
    }

    @Test
    void inconsistentCrtParametersDoNotMatch() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        var pair = generator.generateKeyPair();
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) pair.getPrivate();
        RSAPublicKey pub = (RSAPublicKey) pair.getPublic();
        var factory = java.security.KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey wrongD = (RSAPrivateCrtKey) factory.generatePrivate(new java.security.spec.RSAPrivateCrtKeySpec(
                key.getModulus(), key.getPublicExponent(), key.getPrivateExponent().add(BigInteger.TWO),
                key.getPrimeP(), key.getPrimeQ(), key.getPrimeExponentP(), key.getPrimeExponentQ(),
                key.getCrtCoefficient()));
        assertEquals(Boolean.FALSE, RsaKeyCheck.matches(wrongD, pub));
        RSAPrivateCrtKey wrongCoefficient = (RSAPrivateCrtKey) factory.generatePrivate(
                new java.security.spec.RSAPrivateCrtKeySpec(key.getModulus(), key.getPublicExponent(),
                        key.getPrivateExponent(), key.getPrimeP(), key.getPrimeQ(), key.getPrimeExponentP(),
                        key.getPrimeExponentQ(), key.getCrtCoefficient().add(BigInteger.ONE)));
        assertEquals(Boolean.FALSE, RsaKeyCheck.matches(wrongCoefficient, pub));
    }
}
