package build

import "testing"

func TestNetlifyURL(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{}, ""},
		{map[string]string{"URL": "https://example.org"}, ""}, // not on Netlify
		{map[string]string{"NETLIFY": "true", "CONTEXT": "production", "URL": "https://example.org/", "DEPLOY_PRIME_URL": "https://main--x.netlify.app"}, "https://example.org"},
		{map[string]string{"NETLIFY": "true", "CONTEXT": "deploy-preview", "URL": "https://example.org", "DEPLOY_PRIME_URL": "https://deploy-preview-3--x.netlify.app"}, "https://deploy-preview-3--x.netlify.app"},
		{map[string]string{"NETLIFY": "true", "URL": "javascript:x"}, ""},
	} {
		if got := netlifyURL(func(k string) string { return tc.env[k] }); got != tc.want {
			t.Errorf("netlifyURL(%v) = %q; want %q", tc.env, got, tc.want)
		}
	}
}
