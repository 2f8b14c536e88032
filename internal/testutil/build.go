package testutil

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// MycelPackage is the import path of the mycel binary's main package.
const MycelPackage = "github.com/mycel-network/mycel/cmd/mycel"

// built is the binary of this test process (BuildMycel).
var built struct {
	once sync.Once
	dir  string // temporary directory holding it; RemoveBuilt removes it
	path string
	err  error
}

// BuildMycel builds the mycel binary (cmd/mycel) into a temporary
// directory once per test process and returns its path; a failed build
// fails every test that asks. A package whose tests call it removes the
// directory at exit: RemoveBuilt in its TestMain, after m.Run.
func BuildMycel(t testing.TB) string {
	t.Helper()
	built.once.Do(func() {
		if built.dir, built.err = os.MkdirTemp("", "mycel-test-bin-"); built.err != nil {
			return
		}
		built.path = filepath.Join(built.dir, "mycel")
		out, err := exec.Command("go", "build", "-o", built.path, MycelPackage).CombinedOutput()
		if err != nil {
			built.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if built.err != nil {
		t.Fatal(built.err)
	}
	return built.path
}

// RemoveBuilt removes what BuildMycel built, if anything.
func RemoveBuilt() {
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
}
