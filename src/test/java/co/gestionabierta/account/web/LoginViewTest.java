package co.gestionabierta.account.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginViewTest {

    @Test
    void returnToPageOfThisSite() {
        assertTrue(LoginView.isSafeReturn("/session.xhtml?id=4"));
        assertTrue(LoginView.isSafeReturn("/account/questions.xhtml"));
    }

    @Test
    void returnElsewhereIsIgnored() {
        assertFalse(LoginView.isSafeReturn("//evil.example/session.xhtml"));
        assertFalse(LoginView.isSafeReturn("//evilexample/session.xhtml"));
        assertFalse(LoginView.isSafeReturn("https://evil.example/"));
        assertFalse(LoginView.isSafeReturn("/session.xhtml?id=4#x"));
        assertFalse(LoginView.isSafeReturn("/\\evil.example/a.xhtml"));
        assertFalse(LoginView.isSafeReturn("/login.xhtml?from=/login.xhtml"));
        assertFalse(LoginView.isSafeReturn(null));
    }
}
