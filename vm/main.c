/*
 * main.c — the beamlet command line.
 *
 *   beamlet FILE.exs [ARGS...]        compile and run a script
 *   beamlet -e 'CODE'                 run code given on the command line
 *   beamlet -r lib.ex FILE.exs        load files before the script (repeatable)
 *   beamlet compile A.ex ... -o DIR   write DIR/<Module>.blc per module
 *   beamlet disasm FILE.blc|FILE.ex   print bytecode in readable form
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../compiler/compile.h"
#include "disasm.h"
#include "vm.h"

static const char usage[] =
    "usage: beamlet [options] FILE.exs [ARGS...]\n"
    "       beamlet [options] -e CODE\n"
    "       beamlet compile FILE.ex... -o DIR\n"
    "       beamlet disasm FILE.blc|FILE.ex\n"
    "\n"
    "options:\n"
    "  -e CODE           run CODE instead of a file\n"
    "  -r FILE           load FILE (.ex, .exs or .blc) first; repeatable\n"
    "  --reductions N    reductions per time slice (default 4000)\n"
    "  --gc-stress       collect garbage at every allocation (for testing)\n"
    "  --max-heap WORDS  kill a process whose heap grows past WORDS words\n"
    "  --stats           print scheduler and memory statistics to stderr at exit\n"
    "  --trace FILE      write a timeline of the run to FILE (Chrome trace-event\n"
    "                    JSON: open it in Perfetto or chrome://tracing)\n"
    "  --trace-limit N   stop recording the trace after N events (default 1000000)\n"
    "  --no-ffi          switch the FFI off: every FFI function raises\n"
    "  --no-handoff      a process woken by a message always queues at the back,\n"
    "                    instead of running on the rest of a waiting sender's slice\n"
    "  --version         print the version and exit\n"
    "  --help            print this help and exit\n";

static int cli_fail(const char *fmt, const char *arg) {
    fprintf(stderr, "beamlet: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n");
    return 2;
}

static bool cli_is_bytecode(const char *path) {
    size_t n = strlen(path);
    return n > 4 && strcmp(path + n - 4, ".blc") == 0;
}

static int cli_compile(int argc, char **argv) {
    const char *outdir = ".";
    int nfiles = 0;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "-o") == 0) {
            if (i + 1 >= argc) return cli_fail("%s", "-o needs a directory");
            outdir = argv[++i];
        } else {
            nfiles++;
        }
    }
    if (nfiles == 0) return cli_fail("%s", "compile: no input files");
    if (mkdir(outdir, 0777) != 0 && errno != EEXIST) return cli_fail("cannot create directory %s", outdir);
    bl_vm *vm = bl_vm_new(NULL);
    if (!vm) return cli_fail("%s", "out of memory");
    int status = 0;
    for (int i = 0; i < argc && status == 0; i++) {
        if (strcmp(argv[i], "-o") == 0) {
            i++;
            continue;
        }
        size_t len;
        unsigned char *src = vm_read_file(argv[i], &len);
        if (!src) {
            status = cli_fail("cannot read %s", argv[i]);
            break;
        }
        compile_result res = {0};
        compile_options opts = {NULL, NULL, NULL};
        diag_list diags;
        diag_init(&diags, argv[i], (const char *)src, len);
        int rc = compile_source(argv[i], (const char *)src, len, &opts, &res, &diags);
        char *text = diag_render(&diags, 1);
        if (text && *text) fputs(text, stderr);
        free(text);
        diag_free(&diags);
        for (int k = 0; rc == 0 && k < res.count; k++) {
            char path[4096];
            const char *mod = res.modules[k].name;
            if (strncmp(mod, "Elixir.", 7) == 0) mod += 7;
            snprintf(path, sizeof path, "%s/%s.blc", outdir, mod);
            FILE *f = fopen(path, "wb");
            if (!f || fwrite(res.modules[k].data, 1, res.modules[k].len, f) != res.modules[k].len) {
                status = cli_fail("cannot write %s", path);
            }
            if (f) fclose(f);
        }
        if (rc != 0) status = 1;
        compile_result_free(&res);
        free(src);
    }
    bl_vm_free(vm);
    return status;
}

static int cli_disasm(int argc, char **argv) {
    if (argc != 1) return cli_fail("%s", "disasm takes one file");
    size_t len;
    unsigned char *data = vm_read_file(argv[0], &len);
    if (!data) return cli_fail("cannot read %s", argv[0]);
    int status = 0;
    if (cli_is_bytecode(argv[0])) {
        char *err = NULL;
        if (disasm_bytecode(stdout, argv[0], data, len, &err) != 0) {
            fprintf(stderr, "** (LoadError) %s\n", err ? err : "invalid bytecode");
            status = 1;
        }
        free(err);
    } else {
        compile_result res = {0};
        compile_options opts = {NULL, NULL, "beamlet_script"};
        diag_list diags;
        diag_init(&diags, argv[0], (const char *)data, len);
        int rc = compile_source(argv[0], (const char *)data, len, &opts, &res, &diags);
        char *text = diag_render(&diags, 1);
        if (text && *text) fputs(text, stderr);
        free(text);
        diag_free(&diags);
        for (int k = 0; rc == 0 && k < res.count; k++) {
            char *err = NULL;
            if (k) printf("\n");
            if (disasm_bytecode(stdout, argv[0], res.modules[k].data, res.modules[k].len, &err) != 0) {
                fprintf(stderr, "** (LoadError) %s\n", err ? err : "invalid bytecode");
                status = 1;
            }
            free(err);
        }
        if (rc != 0) status = 1;
        compile_result_free(&res);
    }
    free(data);
    return status;
}

int main(int argc, char **argv) {
    if (argc >= 2 && strcmp(argv[1], "compile") == 0) return cli_compile(argc - 2, argv + 2);
    if (argc >= 2 && strcmp(argv[1], "disasm") == 0) return cli_disasm(argc - 2, argv + 2);

    bl_config config;
    bl_config_init(&config);
    const char *code = NULL, *script = NULL;
    bool stats = false;
    const char **requires = calloc((size_t)argc + 1, sizeof *requires);
    int nrequires = 0, i = 1;
    if (!requires) return 2;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(usage, stdout);
            free(requires);
            return 0;
        } else if (strcmp(a, "--version") == 0) {
            printf("beamlet %s\n", BEAMLET_VERSION);
            free(requires);
            return 0;
        } else if (strcmp(a, "-e") == 0 && i + 1 < argc) {
            code = argv[++i];
            i++;
            break;
        } else if (strcmp(a, "-r") == 0 && i + 1 < argc) {
            requires[nrequires++] = argv[++i];
        } else if (strcmp(a, "--reductions") == 0 && i + 1 < argc) {
            char *end;
            long n = strtol(argv[++i], &end, 10);
            if (*end || n < 1 || n > 100000000) {
                free(requires);
                return cli_fail("--reductions needs a positive number, got %s", argv[i]);
            }
            config.reductions = (int)n;
        } else if (strcmp(a, "--gc-stress") == 0) {
            config.gc_stress = 1;
        } else if (strcmp(a, "--stats") == 0) {
            stats = true;
        } else if (strcmp(a, "--trace") == 0 && i + 1 < argc) {
            config.trace_path = argv[++i];
        } else if (strcmp(a, "--trace-limit") == 0 && i + 1 < argc) {
            char *end;
            long long n = strtoll(argv[++i], &end, 10);
            if (*end || n < 1) {
                free(requires);
                return cli_fail("--trace-limit needs a positive number of events, got %s", argv[i]);
            }
            config.trace_limit = (size_t)n;
        } else if (strcmp(a, "--no-ffi") == 0) {
            config.ffi_disabled = 1;
        } else if (strcmp(a, "--no-handoff") == 0) {
            config.handoff_disabled = 1;
        } else if (strcmp(a, "--max-heap") == 0 && i + 1 < argc) {
            char *end;
            long long n = strtoll(argv[++i], &end, 10);
            if (*end || n < 1) {
                free(requires);
                return cli_fail("--max-heap needs a positive number of words, got %s", argv[i]);
            }
            config.max_heap_words = (size_t)n;
        } else if (a[0] == '-' && a[1] != '\0') {
            free(requires);
            fprintf(stderr, "beamlet: unknown option %s\n\n%s", a, usage);
            return 2;
        } else {
            script = a;
            i++;
            break;
        }
    }
    if (!code && !script) {
        free(requires);
        fputs(usage, stderr);
        return 2;
    }
    config.argv = (const char *const *)(argv + i);
    config.argc = argc - i;
    errno = 0;
    bl_vm *vm = bl_vm_new(&config);
    if (!vm) {
        free(requires);
        if (config.trace_path && errno && errno != ENOMEM)
            fprintf(stderr, "beamlet: cannot write the trace to %s: %s\n", config.trace_path, strerror(errno));
        else fprintf(stderr, "beamlet: could not create the VM (out of memory)\n");
        return 2;
    }
    int status = 0;
    for (int k = 0; k < nrequires && status == 0; k++) {
        bl_status st = bl_load_file(vm, requires[k]);
        if (st != BL_OK) {
            if (st != BL_ERR_RUNTIME) fprintf(stderr, "%s\n", bl_last_error(vm));
            status = 1;
        }
    }
    if (status == 0) {
        size_t len;
        char *src = code ? strdup(code) : (char *)vm_read_file(script, &len);
        if (code && src) len = strlen(code);
        if (!src) {
            status = 1;
            fprintf(stderr, "** (File.Error) could not read file \"%s\": no such file or directory\n", script);
        } else {
            bl_status st = bl_run_script(vm, code ? "nofile" : script, src, len, &status);
            if (st == BL_ERR_COMPILE || st == BL_ERR_LOAD) fprintf(stderr, "%s", bl_last_error(vm));
            if (st == BL_ERR_LOAD) fprintf(stderr, "\n");
            free(src);
        }
    }
    fflush(stdout);
    if (!vm_trace_finish(vm)) {
        fprintf(stderr, "beamlet: writing the trace to %s failed: %s\n", config.trace_path, strerror(errno));
        if (status == 0) status = 1;
    }
    if (stats) vm_print_stats(vm);
    bl_vm_free(vm);
    free(requires);
    return status;
}
