package testutil

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// Image is the tag of the container image BuildImage builds.
const Image = "mycel:e2e"

// image is the container image of this test process (BuildImage).
var image struct {
	once sync.Once
	err  error
}

// DockerAvailable returns nil when the Docker daemon answers, else why not.
func DockerAvailable() error {
	out, err := exec.Command("docker", "version", "--format", "{{.Server.Version}}").CombinedOutput()
	if err != nil {
		return fmt.Errorf("docker version: %v: %s", err, strings.TrimSpace(string(out)))
	}
	return nil
}

// BuildImage returns the image of this tree's mycel for containers:
// MYCEL_E2E_IMAGE when set (an image already built from this tree, e.g.
// mycel:dev by `make docker`, as .ci/run does), else Image, built once per
// test process as `make docker` builds mycel:dev: a static mycel binary (CGO_ENABLED=0) with the
// repository's docker/rootfs and the host's CA bundle, FROM scratch
// (docker/Dockerfile; nothing is pulled). A failed build, or a Docker
// daemon that does not answer, fails every test that asks.
func BuildImage(t testing.TB) string {
	t.Helper()
	if img := os.Getenv("MYCEL_E2E_IMAGE"); img != "" {
		if out, err := exec.Command("docker", "image", "inspect", "--format", "{{.Id}}", img).CombinedOutput(); err != nil {
			t.Fatalf("MYCEL_E2E_IMAGE=%s: %v: %s", img, err, strings.TrimSpace(string(out)))
		}
		return img
	}
	image.once.Do(func() { image.err = buildImage() })
	if image.err != nil {
		t.Fatal(image.err)
	}
	return Image
}

func buildImage() error {
	if err := DockerAvailable(); err != nil {
		return fmt.Errorf("building %s needs the Docker daemon: %w", Image, err)
	}
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	stage, err := os.MkdirTemp("", "mycel-image-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(stage)
	build := exec.Command("go", "build", "-o", filepath.Join(stage, "mycel"), MycelPackage)
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("go build (CGO_ENABLED=0): %v\n%s", err, out)
	}
	for _, c := range [][]string{
		{"cp", "/etc/ssl/certs/ca-certificates.crt", stage},
		{"cp", "-r", filepath.Join(root, "docker", "rootfs"), filepath.Join(stage, "rootfs")},
		{"docker", "build", "-q", "-t", Image, "-f", filepath.Join(root, "docker", "Dockerfile"), stage},
	} {
		if out, err := exec.Command(c[0], c[1:]...).CombinedOutput(); err != nil {
			return fmt.Errorf("%s: %v\n%s", strings.Join(c, " "), err, out)
		}
	}
	return nil
}

// moduleRoot is the directory of the mycel module's go.mod.
func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", fmt.Errorf("not inside the mycel module (go env GOMOD: %q)", gomod)
	}
	return filepath.Dir(gomod), nil
}
